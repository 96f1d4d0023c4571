// One dossier and one tờ trình per receiving body (issue 14 §1), the tờ trình issued as a snapshot: the chair's
// approval numbers one tờ trình for the ward and one for the city, each listing only that body's nominees; the
// /dossiers page lists both bodies; a version exported again after the live rows changed carries the same tờ trình,
// while the next version (its text changed, or the previous one returned) gets a new number.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDossier, type DossierExport } from '../../src/documents/dossiers/exportDossier.ts';
import { loadDossierInput } from '../../src/features/dossiers/loadDossierInput.ts';
import { recordDossierSubmission } from '../../src/features/dossiers/recordDossierSubmission.ts';
import { requestDossierExport } from '../../src/features/dossiers/requestDossierExport.ts';
import { runDossierExport } from '../../src/features/dossiers/runDossierExport.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildTwoBodySchool, CITY, WARD } from '../support/twoBodySchool.ts';
import { zipEntries } from '../unit/documents/support/zipEntries.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const now = new Date('2026-11-26T03:00:00Z');
const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-bodies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let school: Awaited<ReturnType<typeof buildTwoBodySchool>>;

const pdfText = (name: string, bytes: Uint8Array) => {
  writeFileSync(path.join(dir, name), bytes);
  return execFileSync('pdftotext', [path.join(dir, name), '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/\s+/g, ' ');
};
const names = async (ids: string[]) =>
  (await prisma().nomination.findMany({ where: { id: { in: ids } }, include: { staff: true } })).map((n) => n.staff!.fullName);

/** Requests an export to `receiver` (chair's override: no reports in this school), runs it, returns the row. */
async function exportTo(receiver: string, at = now) {
  const req = { startYear: 2026, receiver, overrideReason: 'Báo cáo thành tích gửi bổ sung', mayOverride: true };
  const { id } = await requestDossierExport(prisma(), school.ctx(at), req);
  await runDossierExport(prisma(), id, () => at);
  return prisma().dossierExport.findUniqueOrThrow({ where: { id }, include: { submissionDoc: true } });
}

/** The tờ trình PDF inside an export's ZIP, and its manifest entry. */
async function submissionPart(zip: Uint8Array) {
  const entries = await zipEntries(Buffer.from(zip));
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as DossierExport['manifest'];
  const file = manifest.files.find((f) => f.part.startsWith('Tờ trình') && f.name.endsWith('.pdf'))!;
  return { file, bytes: entries.get(file.name)! };
}

beforeAll(async () => {
  school = await buildTwoBodySchool(prisma());
}, 120_000);

describe('one dossier per receiving body', () => {
  it('the approval numbers one tờ trình per body, each snapshot listing only its own nominees', async () => {
    const ttr = await prisma().issuedDocument.findMany({ where: { schoolId: school.schoolId, type: 'TTr' }, orderBy: { number: 'asc' } });
    expect(ttr.map((d) => d.title)).toEqual([
      `Tờ trình đề nghị khen thưởng năm học 2026-2027 gửi ${WARD}`,
      `Tờ trình đề nghị khen thưởng năm học 2026-2027 gửi ${CITY}`,
    ]);
    const [wardNames, cityNames] = [await names(school.ward), await names(school.city)];
    for (const [doc, own, other] of [
      [ttr[0]!, wardNames, cityNames],
      [ttr[1]!, cityNames, wardNames],
    ] as const) {
      expect(doc.snapshot).toMatchObject({ version: 1, kind: 'dossierSubmission', model: { header: { number: doc.symbol } } });
      const text = JSON.stringify(doc.snapshot);
      for (const n of own) expect(text).toContain(n);
      for (const n of other) expect(text).not.toContain(n);
    }
  });

  it('the page lists both bodies with their nominees and tờ trình; each export carries its own', async () => {
    const chair = agentFor(buildTestApp(db.current).app);
    await loginAs(chair, school.chair.username, TEST_PASSWORD);
    const page = await chair.get('/dossiers/2026');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`data-body="${CITY}"`);
    expect(page.text).toContain(`data-body="${WARD}"`);
    expect(page.text).toMatch(new RegExp(`data-body="${WARD}">[^]*?2 cá nhân, tập thể`));
    // The city's dossier is filed with the Department of Home Affairs, through the ward (the rule set's receiving body).
    expect(page.text).toContain('nơi tiếp nhận hồ sơ: Sở Nội vụ Hà Nội (Ban Thi đua - Khen thưởng), qua UBND phường');
    const city = await chair.get(`/dossiers/2026?to=${encodeURIComponent(CITY)}`);
    expect(city.text).toContain(`<strong data-receiver>${CITY}</strong>`);
    const cityDoc = await prisma().issuedDocument.findFirstOrThrow({ where: { schoolId: school.schoolId, title: { endsWith: CITY } } });
    expect(city.text).toContain(`Tờ trình số ${cityDoc.symbol}`);

    for (const [receiver, own, other] of [
      [CITY, await names(school.city), await names(school.ward)],
      [WARD, await names(school.ward), await names(school.city)],
    ] as const) {
      const row = await exportTo(receiver);
      expect(row.status).toBe('done');
      expect(row.submissionDoc!.title).toContain(receiver);
      const text = pdfText(`ttr-${row.version}-${own.length}.pdf`, (await submissionPart(row.zip!)).bytes);
      expect(text).toContain(`Kính gửi: ${receiver}`);
      expect(text).toContain(row.submissionDoc!.symbol);
      for (const n of own) expect(text).toContain(n);
      for (const n of other) expect(text).not.toContain(n);
      const cover = pdfText(`cover-${own.length}.pdf`, row.pdf!);
      expect(cover).toContain(`Kính gửi: ${receiver}`);
      if (receiver === CITY) expect(cover).toContain('Nơi tiếp nhận hồ sơ: Sở Nội vụ Hà Nội (Ban Thi đua - Khen thưởng), qua UBND phường');
    }
  });

  it('a version exported again after the live rows changed carries the same tờ trình; the next version a new number, and so does one after a return', async () => {
    const v1 = await prisma().dossierExport.findFirstOrThrow({ where: { schoolId: school.schoolId, receiver: WARD }, include: { submissionDoc: true } });
    const issued = await submissionPart(v1.zip!);
    // The live rows change: a nominee's position, which the tờ trình's list prints.
    const nominee = await prisma().nomination.findUniqueOrThrow({ where: { id: school.ward[0]! } });
    await prisma().staff.update({ where: { id: nominee.staffId! }, data: { position: 'Tổ trưởng chuyên môn' } });
    const again = await loadDossierInput(prisma(), { schoolId: school.schoolId, startYear: 2026, receiver: WARD, version: v1.version });
    const redone = await exportDossier(again.input, again.ruleSet);
    const part = await submissionPart(redone.zip);
    expect(part.file.sha256).toBe(issued.file.sha256);
    expect(Buffer.from(part.bytes).equals(issued.bytes)).toBe(true);

    // The next version: the tờ trình's text would change, so it is issued again under a new number.
    const v2 = await exportTo(WARD);
    expect(v2.version).toBe(2);
    expect(v2.submissionDocId).not.toBe(v1.submissionDocId);
    expect(v2.submissionDoc!.number).toBeGreaterThan(v1.submissionDoc!.number);
    expect(pdfText('ttr-v2.pdf', (await submissionPart(v2.zip!)).bytes)).toContain('Tổ trưởng chuyên môn');
    // Unchanged data: the same version, no new number.
    const count = await prisma().issuedDocument.count({ where: { schoolId: school.schoolId, type: 'TTr' } });
    const same = await requestDossierExport(prisma(), school.ctx(now), { startYear: 2026, receiver: WARD, overrideReason: 'x', mayOverride: true });
    expect(same).toEqual({ id: v2.id, created: false });
    expect(await prisma().issuedDocument.count({ where: { schoolId: school.schoolId, type: 'TTr' } })).toBe(count);

    // Sent, then returned by the ward: the next version, from the same data, carries a new tờ trình.
    await recordDossierSubmission(prisma(), school.ctx(now), v2.id, { kind: 'sent', sentOn: new Date('2026-11-27'), channel: 'Văn thư', reference: null });
    await recordDossierSubmission(prisma(), school.ctx(now), v2.id, { kind: 'returned', returnedOn: new Date('2026-12-02'), reason: 'Thiếu chữ ký' });
    const v3 = await exportTo(WARD, new Date('2026-12-03T03:00:00Z'));
    expect(v3.version).toBe(3);
    expect(v3.submissionDoc!.number).toBe(v2.submissionDoc!.number + 1);
    expect(v3.submissionDoc!.issuedOn.toISOString().slice(0, 10)).toBe('2026-12-03');
    const v3Text = pdfText('ttr-v3.pdf', (await submissionPart(v3.zip!)).bytes);
    expect(v3Text).toContain(v3.submissionDoc!.symbol);
    expect(v3Text).toContain('ngày 03 tháng 12 năm 2026');
    // The city's dossier kept its own tờ trình throughout.
    const city = await prisma().dossierExport.findMany({ where: { schoolId: school.schoolId, receiver: CITY } });
    expect(city).toHaveLength(1);
  });
});
