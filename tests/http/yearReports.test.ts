// Issue 15 §3: the yearly report — pre-filled with the statistics and the movements' results, edited by the chair or
// the secretary (bad input next to the field, values kept), issued through the document toolkit (BC number from the
// register, PDF + DOCX), and stored as issued: a download after the live data changed gives the same document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildAwardRecord, buildPerson, buildSchool, buildStaffYearRecord } from '../support/factories.ts';
import { signedInPerson } from '../support/workflowFactories.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { readZipEntry, wordParagraphs } from '../unit/documents/support/readZip.ts';

const db = useTestDatabase();
const clock = testClock('2026-06-10T03:00:00Z');
const agents: Record<'chair' | 'secretary' | 'member' | 'teacher', TestAgent> = {} as never;
let schoolId = '';

const binary = (req: request.Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const pdfText = (bytes: Buffer) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'thidua-report-')), 'r.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').normalize('NFC').replace(/\s+/g, ' ');
};
const docxText = (bytes: Buffer) => wordParagraphs(readZipEntry(bytes, 'word/document.xml')).join('\n').normalize('NFC');

async function post(agent: TestAgent, page: string, url: string, form: Record<string, string>) {
  const csrf = csrfFrom((await agent.get(page)).text);
  return agent
    .post(url)
    .type('form')
    .send({ _csrf: csrf, ...form });
}
const revisionOf = (html: string) => /name="revision" value="(\d+)"/.exec(html)?.[1] ?? '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { app } = buildTestApp(db.current, clock);
  const { school, yearOf } = await buildSchool(prisma, { years: [2024, 2025], name: 'Trường Tiểu học Lý Thường Kiệt' });
  schoolId = school.id;
  const y = yearOf(2025).id;
  agents.chair = (await signedInPerson(app, prisma, schoolId, { role: 'chair', schoolYearId: y })).agent;
  agents.secretary = (await signedInPerson(app, prisma, schoolId, { role: 'secretary', schoolYearId: y })).agent;
  agents.member = (await signedInPerson(app, prisma, schoolId, { role: 'council_member', schoolYearId: y })).agent;
  agents.teacher = (await signedInPerson(app, prisma, schoolId)).agent;
  for (let i = 0; i < 4; i++) {
    const { staff } = await buildPerson(prisma, schoolId);
    await buildStaffYearRecord(prisma, { staffId: staff.id, startYear: 2025 });
    if (i < 3) await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'LDTT' });
    if (i < 1) await buildAwardRecord(prisma, { staffId: staff.id, startYear: 2025, code: 'CSTDCS' });
  }
  await prisma.movement.create({
    data: {
      schoolId,
      name: 'Dạy tốt, học tốt',
      launchLevel: 'school',
      kind: 'regular',
      status: 'closed',
      startsOn: new Date('2025-09-05T00:00:00Z'),
      endsOn: new Date('2026-05-20T00:00:00Z'),
      resultsSummary: '28 giờ dạy tốt được công nhận.',
    },
  });
  // A movement of another school year stays out of this report.
  await prisma.movement.create({
    data: {
      schoolId,
      name: 'Phong trào năm trước',
      launchLevel: 'school',
      kind: 'regular',
      status: 'closed',
      startsOn: new Date('2024-09-05T00:00:00Z'),
      endsOn: new Date('2025-05-20T00:00:00Z'),
    },
  });
});

describe('the yearly report, as the secretary', () => {
  it('starts a draft pre-filled with the statistics (equal to SQL) and the movements of the school year', async () => {
    const res = await post(agents.secretary, '/year-reports/2025', '/year-reports/2025', {});
    expect(res.status).toBe(302);
    const page = await agents.secretary.get('/year-reports/2025');
    expect(page.status).toBe(200);
    const [sql] = await db.current.prisma.$queryRaw<Array<{ staff: number; ldtt: number }>>`
      SELECT (SELECT count(*)::int FROM "StaffYearRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = 2025) AS staff,
             (SELECT count(DISTINCT "staffId")::int FROM "AwardRecord" WHERE "schoolId" = ${schoolId}::uuid AND "startYear" = 2025 AND code = 'LDTT') AS ldtt`;
    expect(page.text).toContain(
      `toàn trường có ${sql!.staff} cán bộ, giáo viên, nhân viên được đánh giá; ${sql!.ldtt} người đạt danh hiệu Lao động tiên tiến (75,0%)`,
    );
    expect(page.text).toContain('Phong trào &#34;Dạy tốt, học tốt&#34; (phát động: Trường): 28 giờ dạy tốt được công nhận.');
    expect(page.text).not.toContain('Phong trào năm trước');
    expect(page.text).toMatch(/<th scope="row">Đạt danh hiệu Lao động tiên tiến<\/th><td>3<\/td><td>75,0%<\/td>/);
    // A second click finds the same draft.
    await post(agents.secretary, '/year-reports/2025', '/year-reports/2025', {});
    expect(await db.current.prisma.yearReport.count({ where: { schoolId } })).toBe(1);
  });

  it('saves the edited sections; a section over the limit is refused beside its field with every value kept', async () => {
    const page = await agents.secretary.get('/year-reports/2025');
    const revision = revisionOf(page.text);
    const base = { revision, preamble: 'Mở đầu.', signerName: 'Nguyễn Thúy Hà', recipients: 'HĐTĐKT phường: để báo cáo\nLưu: VT, TĐKT' };
    const tooLong = await post(agents.secretary, '/year-reports/2025', '/year-reports/2025/edit', {
      ...base,
      situation: 'Trường có 32 lớp với 1.180 học sinh.',
      weaknesses: 'x'.repeat(20_001),
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.text).toMatch(/f-weaknesses-error">Mục này dài quá 20.000 ký tự/);
    expect(tooLong.text).toContain('Trường có 32 lớp với 1.180 học sinh.');
    const ok = await post(agents.secretary, '/year-reports/2025', '/year-reports/2025/edit', {
      ...base,
      situation: 'Trường có 32 lớp với 1.180 học sinh.\n- Đội ngũ: 58 cán bộ, giáo viên, nhân viên.',
      strengths: 'Phong trào thi đua được triển khai sâu rộng, thiết thực.',
    });
    expect(ok.status).toBe(302);
    const saved = await db.current.prisma.yearReport.findFirstOrThrow({ where: { schoolId } });
    expect((saved.content as { sections: { situation: string } }).sections.situation).toContain('58 cán bộ');
    // The form loaded before that save is stale now: refused, nothing overwritten.
    const stale = await post(agents.secretary, '/year-reports/2025', '/year-reports/2025/edit', { ...base, situation: 'Cũ' });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Người khác vừa lưu báo cáo này');
  });

  it('issues it only with the confirmation, numbered BC in the register, as PDF and DOCX with the ND 30 header', async () => {
    const page = await agents.secretary.get('/year-reports/2025');
    const refused = await post(agents.secretary, '/year-reports/2025', '/year-reports/2025/issue', { revision: revisionOf(page.text) });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Hãy đánh dấu xác nhận trước khi ban hành.');
    const res = await post(agents.secretary, '/year-reports/2025', '/year-reports/2025/issue', { revision: revisionOf(page.text), confirm: 'yes' });
    expect(res.status).toBe(302);
    const doc = await db.current.prisma.issuedDocument.findFirstOrThrow({ where: { schoolId, subject: 'YearReport' } });
    expect(doc.symbol).toBe('01/BC-TH');
    const pdf = await binary(agents.member.get(`/register/${doc.id}/pdf`));
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('UBND PHƯỜNG THỬ');
    expect(text).toMatch(/TRƯỜNG TIỂU HỌC .*LÝ THƯỜNG KIỆT/); // the agency block wraps beside the Quốc hiệu
    expect(text).toContain('Số: 01/BC-TH');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng kết công tác thi đua, khen thưởng năm học 2025-2026');
    expect(text).toContain('I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(text).toContain('Trường có 32 lớp với 1.180 học sinh.');
    expect(text).toContain('V. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(text).toContain('Đạt danh hiệu Lao động tiên tiến');
    expect(text).toContain('HĐTĐKT phường: để báo cáo');
    const docx = await binary(agents.member.get(`/register/${doc.id}/docx`));
    expect(docx.status).toBe(200);
    const words = docxText(docx.body as Buffer);
    expect(words).toContain('Số: 01/BC-TH');
    expect(words).toContain('Phong trào thi đua được triển khai sâu rộng, thiết thực.');
    expect((await agents.secretary.get('/year-reports/2025')).text).toContain('Số 01/BC-TH');
  });

  it('downloads the issued report unchanged after the live data and the draft change', async () => {
    const doc = await db.current.prisma.issuedDocument.findFirstOrThrow({ where: { schoolId, subject: 'YearReport' } });
    const before = {
      pdf: (await binary(agents.chair.get(`/register/${doc.id}/pdf`))).body as Buffer,
      docx: (await binary(agents.chair.get(`/register/${doc.id}/docx`))).body as Buffer,
    };
    const { staff } = await buildPerson(db.current.prisma, schoolId);
    await buildAwardRecord(db.current.prisma, { staffId: staff.id, startYear: 2025, code: 'LDTT' });
    const page = await agents.chair.get('/year-reports/2025');
    await post(agents.chair, '/year-reports/2025', '/year-reports/2025/refresh', { revision: revisionOf(page.text) });
    const edited = await agents.chair.get('/year-reports/2025');
    expect(edited.text).toMatch(/<th scope="row">Đạt danh hiệu Lao động tiên tiến<\/th><td>4<\/td>/);
    const after = {
      pdf: (await binary(agents.chair.get(`/register/${doc.id}/pdf`))).body as Buffer,
      docx: (await binary(agents.chair.get(`/register/${doc.id}/docx`))).body as Buffer,
    };
    expect(after.pdf.equals(before.pdf)).toBe(true);
    expect(docxText(after.docx)).toBe(docxText(before.docx));
    // The draft preview shows the live figures.
    expect(pdfText((await binary(agents.chair.get('/year-reports/2025/draft/pdf'))).body as Buffer)).toContain('DỰ THẢO');
  });
});

describe('the yearly report, by role', () => {
  it('a council member reads it but cannot edit or issue it; a teacher cannot open it', async () => {
    const page = await agents.member.get('/year-reports/2025');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('action="/year-reports/2025/edit"');
    expect(page.text).toContain('Trường có 32 lớp');
    const csrf = csrfFrom(page.text);
    expect((await agents.member.post('/year-reports/2025/issue').type('form').send({ _csrf: csrf, revision: '1', confirm: 'yes' })).status).toBe(403);
    expect((await agents.teacher.get('/year-reports/2025')).status).toBe(403);
  });

  it('a school year the school does not have is not found', async () => {
    expect((await agents.chair.get('/year-reports/2031')).status).toBe(404);
  });
});
