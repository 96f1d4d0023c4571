// Uploaded nomination evidence in the dossier (issue 14 §1): a PDF uploaded on the nomination's page goes into the
// merged PDF under its nominee's bookmark (its pages and text) and into the ZIP as its own file, listed in the
// manifest with its SHA-256, size and pages; a photo gets its own A4 page. A dossier over the size bound is named
// with its biggest files and cannot be exported, not even by the chair; an encrypted or damaged upload is a named
// finding of the check, and an override exports the dossier without it instead of crashing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { DossierManifest } from '../../src/documents/dossiers/exportDossier.ts';
import { runDossierExport } from '../../src/features/dossiers/runDossierExport.ts';
import { buildDossierSchool } from '../support/dossierSchool.ts';
import { damagedPdf, encryptedPdf, photo, textPdf } from '../support/evidenceFiles.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { outlineTitles } from '../unit/documents/support/pdfOutline.ts';
import { zipEntries } from '../unit/documents/support/zipEntries.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const download = async (agent: TestAgent, url: string) =>
  (
    await agent
      .get(url)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
  ).body as Buffer;

function readPdf(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return {
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' '),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]),
  };
}

/** A dossier school (2 LĐTT nominees in 2026-2027) with the secretary and the chair signed in on an app with `env`. */
async function setUp(env: Record<string, string> = {}) {
  const built = buildTestApp(db.current, undefined, env);
  const school = await buildDossierSchool(prisma(), 2);
  const signIn = async (username: string) => {
    const agent = agentFor(built.app);
    await loginAs(agent, username, TEST_PASSWORD);
    return agent;
  };
  const nominations = await prisma().nomination.findMany({ where: { schoolId: school.schoolId }, include: { staff: true }, orderBy: { id: 'asc' } });
  return { school, nominations, secretary: await signIn(school.secretary.username), chair: await signIn(school.chair.username) };
}

async function upload(agent: TestAgent, nominationId: string, bytes: Buffer, name: string) {
  const token = csrfFrom((await agent.get(`/nominations/${nominationId}`)).text);
  const res = await agent.post(`/nominations/${nominationId}/evidence`).field('_csrf', token).attach('file', bytes, name);
  expect(res.status).toBe(302);
}

/** The chair exports with an override reason (the test school has no meeting); returns the response and the row. */
async function exportAsChair(chair: TestAgent, receiver: string) {
  const token = csrfFrom((await chair.get('/dossiers/2026')).text);
  const res = await chair.post('/dossiers/2026/export').type('form').send({ _csrf: token, receiver, overrideReason: 'Kiểm thử minh chứng' });
  return res;
}

describe('uploaded evidence in the dossier', () => {
  it('as secretary, an uploaded PDF and a photo are merged under the nominee and filed in the ZIP with the manifest', async () => {
    const { school, nominations, secretary, chair } = await setUp();
    const nominee = nominations[0]!;
    const scan = await textPdf('EVIDENCE-ALPHA page', 3);
    const png = await photo('PHOTO', 'png');
    await upload(secretary, nominee.id, scan, 'giay-chung-nhan.pdf');
    await upload(secretary, nominee.id, png, 'anh-hoat-dong.png');

    // The page says how much each nominee's evidence weighs.
    expect((await chair.get('/dossiers/2026')).text).toContain(`href="/nominations/${nominee.id}#evidence">2 tệp, `);
    expect((await exportAsChair(chair, school.receiver)).status).toBe(302);
    const row = await prisma().dossierExport.findFirstOrThrow({ where: { schoolId: school.schoolId } });
    expect(await runDossierExport(prisma(), row.id, () => new Date('2026-11-26T03:00:00Z'))).toBe(true);
    const done = await prisma().dossierExport.findUniqueOrThrow({ where: { id: row.id }, omit: { pdf: true, zip: true } });
    expect([done.status, done.error]).toEqual(['done', null]);

    const pdf = await download(chair, `/dossiers/exports/${row.id}/file.pdf`);
    const zip = await zipEntries(await download(chair, `/dossiers/exports/${row.id}/file.zip`));
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as DossierManifest;

    // The ZIP holds the uploaded PDF itself: same bytes, SHA-256, size, and its 3 pages in the manifest.
    const filed = manifest.files.find((f) => f.upload?.fileName === 'giay-chung-nhan.pdf')!;
    expect(filed).toMatchObject({ part: 'Tài liệu minh chứng', nominee: nominee.staff!.fullName, pages: 3, size: scan.length, sha256: sha256(scan) });
    expect(filed.upload).toEqual({ fileName: 'giay-chung-nhan.pdf', mimeType: 'application/pdf', size: scan.length, sha256: sha256(scan) });
    expect(zip.get(filed.name)!.equals(scan)).toBe(true);
    // The photo is filed as its one A4 page, with the upload it was made from.
    const page = manifest.files.find((f) => f.upload?.fileName === 'anh-hoat-dong.png')!;
    expect(page).toMatchObject({ pages: 1, upload: { mimeType: 'image/png', size: png.length, sha256: sha256(png) } });
    const photoPage = readPdf('photo.pdf', zip.get(page.name)!);
    expect(photoPage.pages).toBe(1);
    expect(photoPage.text).toContain(`Tài liệu minh chứng của ${nominee.staff!.fullName}: anh-hoat-dong.png`);

    // The merged PDF: every page of the parts, the evidence's text, and the files under the nominee's bookmark.
    const merged = readPdf('merged.pdf', pdf);
    expect(merged.pages).toBe(manifest.merged.pages);
    const partPages = manifest.files.reduce((sum, f) => sum + (f.name.endsWith('.pdf') ? f.pages! : 0), 0);
    expect(merged.pages - partPages).toBe(2); // cover and contents
    for (const p of [1, 2, 3]) expect(merged.text).toContain(`EVIDENCE-ALPHA page ${p}`);
    expect(merged.text).toContain('anh-hoat-dong.png');
    const outline = await outlineTitles(pdf);
    const at = outline.indexOf('Tài liệu minh chứng');
    expect(outline.slice(at, at + 4)).toEqual(['Tài liệu minh chứng', `  ${nominee.staff!.fullName}`, '    giay-chung-nhan.pdf', '    anh-hoat-dong.png']);
  });

  it('over the size bound, the check names the biggest files and the export is refused, even with the chair’s reason', async () => {
    const { school, nominations, secretary, chair } = await setUp({ DOSSIER_MAX_MB: '1' });
    await upload(secretary, nominations[0]!.id, await textPdf('SMALL', 1, 600 * 1024), 'ban-scan-nho.pdf');
    await upload(secretary, nominations[1]!.id, await textPdf('BIG', 1, 700 * 1024), 'ban-scan-lon.pdf');

    const page = await secretary.get('/dossiers/2026');
    expect(page.text).toContain('data-issue="dossierTooLarge"');
    const message = /data-issue="dossierTooLarge">([^<]*)</.exec(page.text)![1]!.replaceAll('&#34;', '"');
    expect(message).toMatch(
      /^Hồ sơ vượt 1 MB: tệp minh chứng tổng cộng 1,3 MB; lớn nhất: "ban-scan-lon\.pdf" \(0,7 MB, .+\), "ban-scan-nho\.pdf" \(0,6 MB, .+\)/,
    );
    expect(message).toContain(nominations[1]!.staff!.fullName);

    const refused = await exportAsChair(chair, school.receiver);
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Hồ sơ vượt giới hạn dung lượng');
    expect(await prisma().dossierExport.count({ where: { schoolId: school.schoolId } })).toBe(0);
  });

  it('an encrypted or damaged PDF upload is a named finding, and the chair’s override exports the dossier without it', async () => {
    const { school, nominations, secretary, chair } = await setUp();
    const nominee = nominations[0]!;
    await upload(secretary, nominee.id, await encryptedPdf(), 'co-mat-khau.pdf');
    await upload(secretary, nominee.id, damagedPdf(), 'bi-hong.pdf');
    await upload(secretary, nominee.id, await textPdf('GOOD-SCAN', 1), 'ban-tot.pdf');

    const page = await secretary.get('/dossiers/2026');
    expect(page.status).toBe(200);
    const name = nominee.staff!.fullName;
    expect(page.text).toContain(`${name} – Tài liệu minh chứng: tệp &#34;co-mat-khau.pdf&#34; có mật khẩu hoặc bị mã hóa`);
    expect(page.text).toContain(`${name} – Tài liệu minh chứng: tệp &#34;bi-hong.pdf&#34; bị hỏng`);

    expect((await exportAsChair(chair, school.receiver)).status).toBe(302);
    const row = await prisma().dossierExport.findFirstOrThrow({ where: { schoolId: school.schoolId } });
    await runDossierExport(prisma(), row.id, () => new Date('2026-11-26T03:00:00Z'));
    const done = await prisma().dossierExport.findUniqueOrThrow({ where: { id: row.id } });
    expect([done.status, done.error]).toEqual(['done', null]);
    const manifest = done.manifest as unknown as DossierManifest;
    expect(manifest.files.flatMap((f) => (f.upload ? [f.upload.fileName] : []))).toEqual(['ban-tot.pdf']);
  });
});
