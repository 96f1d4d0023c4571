// Issue 15 §7: the plan for a new year. Copying last year's plan marks every year, anniversary and "năm 2024"/"năm
// 2023" mention carried over (highlighted, listed) until edited, and approval warns while any remain; căn cứ and
// anniversaries are rows of fields with validated dates (bad date beside the field, values kept) printed in the PDF
// and DOCX; a chair who wrote the plan approves it in one step, with a confirmation.
import { execFileSync } from 'node:child_process';
import type request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildPerson, buildSchool } from '../support/factories.ts';
import { buildPublishedDocumentPlan } from '../support/planFactories.ts';
import { signedInPerson } from '../support/workflowFactories.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { readPlan } from '../../src/features/plans/planContent.ts';
import { removeTempPdfs, writeTempPdf } from '../unit/documents/support/pdfTools.ts';
import { readZipEntry, wordParagraphs } from '../unit/documents/support/readZip.ts';

const db = useTestDatabase();
const clock = testClock('2024-12-20T03:00:00Z');
let chair: TestAgent;
let secretary: TestAgent;
let schoolId = '';

const binary = (req: request.Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
async function post(agent: TestAgent, page: string, url: string, form: Record<string, string>) {
  const csrf = csrfFrom((await agent.get(page)).text);
  return agent
    .post(url)
    .type('form')
    .send({ _csrf: csrf, ...form });
}
const plan = (year: number) => db.current.prisma.plan.findFirstOrThrow({ where: { schoolId, year } });
const marksOn = (html: string) => (html.match(/<mark class="carry-mark">/g) ?? []).length;

/** The meta form as the page fills it, with `change` on top (the rows' fields included). */
async function metaForm(agent: TestAgent, id: string, change: Record<string, string>) {
  const html = (await agent.get(`/plans/${id}/edit`)).text;
  const form: Record<string, string> = {};
  for (const m of html.matchAll(/<input id="[^"]*" name="([^"]+)" type="text" value="([^"]*)"/g))
    form[m[1]!] = m[2]!.replace(/&#34;/g, '"').replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<textarea id="[^"]*" name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    form[m[1]!] = m[2]!.replace(/&#34;/g, '"').replace(/&amp;/g, '&');
  form.revision = /name="revision" value="(\d+)"/.exec(html)![1]!;
  return { ...form, ...change };
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { app } = buildTestApp(db.current, clock);
  const { school, yearOf } = await buildSchool(prisma, { years: [2024] });
  schoolId = school.id;
  const y = yearOf(2024).id;
  const chairPerson = await signedInPerson(app, prisma, schoolId, { role: 'chair', schoolYearId: y });
  chair = chairPerson.agent;
  secretary = (await signedInPerson(app, prisma, schoolId, { role: 'secretary', schoolYearId: y })).agent;
  await buildPublishedDocumentPlan(prisma, { schoolId, approvedById: chairPerson.userId });
  await buildPerson(prisma, schoolId);
});

describe('a plan copied from last year, as the secretary', () => {
  it('marks every carried-over year and anniversary and lists them on the plan page', async () => {
    const res = await post(secretary, '/plans', '/plans', { year: '2025' });
    expect(res.status).toBe(302);
    const copy = readPlan(await plan(2025));
    // Căn cứ and anniversaries come along as rows to revise.
    expect(copy.basedOn.length).toBe(5);
    expect(copy.anniversaries.map((a) => a.name)).toContain('Kỷ niệm 70 năm Ngày Giải phóng Thủ đô');
    const page = await secretary.get(`/plans/${copy.id}`);
    expect(page.text).toContain('Nội dung mang sang từ kế hoạch năm 2024 cần xem lại');
    expect(page.text).toMatch(/<mark class="carry-mark">2024<\/mark>/);
    expect(page.text).toMatch(/<mark class="carry-mark">2023<\/mark>/); // "kết quả … năm 2023"
    expect(page.text).toMatch(/<mark class="carry-mark">kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ<\/mark>/i);
    expect(page.text).toContain('Ngày kỷ niệm, dòng 1');
    expect(page.text).toContain('Căn cứ, dòng 1');
    expect(page.text).toMatch(/Mục I, dòng \d+/);
    // "giai đoạn 2021-2026" is not last year's: never marked.
    expect(page.text).not.toMatch(/<mark class="carry-mark">202[16]<\/mark>/);
  });

  it('highlights the marked lines of a section in its editor, and a mark goes once its text is edited', async () => {
    const p = await plan(2025);
    const editor = await secretary.get(`/plans/${p.id}/sections/0/edit`);
    expect(editor.text).toContain('Trong mục này còn');
    const before = marksOn(editor.text);
    expect(before).toBeGreaterThan(0);
    const body = /<textarea id="f-body" name="body"[^>]*>([^<]*)<\/textarea>/.exec(editor.text)![1]!.replace(/&#34;/g, '"').replace(/&amp;/g, '&');
    const fixed = body.replace(/kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ \(07\/5\/1954 - 07\/5\/2024\), /i, '').replace(/năm 2024/g, 'năm 2025');
    const saved = await post(secretary, `/plans/${p.id}/sections/0/edit`, `/plans/${p.id}/sections/0`, {
      title: 'MỤC ĐÍCH, YÊU CẦU',
      body: fixed,
      revision: String(p.revision),
    });
    expect(saved.status).toBe(302);
    const again = (await secretary.get(`/plans/${p.id}/sections/0/edit`)).text;
    expect(marksOn(again)).toBeLessThan(before);
    expect(again).not.toMatch(/<mark class="carry-mark">kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ<\/mark>/i);
  });
});

describe('căn cứ and anniversaries as rows', () => {
  it('refuses 31/02/2025 beside the date of that row, keeps every value, and saves nothing', async () => {
    const p = await plan(2025);
    const form = await metaForm(secretary, p.id, {
      'basedOn.1.date': '31/02/2025',
      'basedOn.1.title': 'Kế hoạch công tác thi đua, khen thưởng năm 2025',
      'anniversaries.0.date': '',
    });
    const res = await post(secretary, `/plans/${p.id}/edit`, `/plans/${p.id}/edit`, form);
    expect(res.status).toBe(422);
    expect(res.text).toMatch(
      /<p class="field__error" id="f-basedOn\.1\.date-error">[^<]*31\/02|<p class="field__error" id="f-basedOn\.1\.date-error">[^<]+<\/p>/,
    );
    expect(res.text).toMatch(/id="f-anniversaries\.0\.date-error">Hãy nhập ngày kỷ niệm\.</);
    expect(res.text).toContain('value="31/02/2025"');
    expect(res.text).toContain('value="Kế hoạch công tác thi đua, khen thưởng năm 2025"');
    expect((await plan(2025)).revision).toBe(p.revision);
    expect(res.text).not.toMatch(/\| *\d{2}\/\d{2}\/\d{4} *\|/); // no "|" syntax anywhere
  });

  it('saves the rows and prints them in the draft PDF and DOCX', async () => {
    const p = await plan(2025);
    const form = await metaForm(secretary, p.id, {
      'basedOn.0.number': '25/KH-HĐTĐKT',
      'basedOn.0.date': '20/02/2025',
      'basedOn.0.issuer': 'HĐTĐKT phường Bồ Đề',
      'basedOn.0.title': 'Kế hoạch công tác thi đua, khen thưởng năm 2025',
      'anniversaries.0.name': 'Kỷ niệm 50 năm Ngày Giải phóng miền Nam',
      'anniversaries.0.date': '30/04/2025',
      'anniversaries.0.since': '30/04/1975',
      'anniversaries.1.remove': 'yes',
    });
    const res = await post(secretary, `/plans/${p.id}/edit`, `/plans/${p.id}/edit`, form);
    expect(res.status).toBe(302);
    const saved = readPlan(await plan(2025));
    expect(saved.basedOn[0]).toEqual({
      number: '25/KH-HĐTĐKT',
      date: '2025-02-20',
      issuer: 'HĐTĐKT phường Bồ Đề',
      title: 'Kế hoạch công tác thi đua, khen thưởng năm 2025',
    });
    expect(saved.anniversaries[0]).toEqual({ name: 'Kỷ niệm 50 năm Ngày Giải phóng miền Nam', date: '2025-04-30', since: '1975-04-30', years: 50 });
    expect(saved.anniversaries.length).toBe(3); // four carried over, one removed
    const pdf = await binary(secretary.get(`/plans/${p.id}/draft/pdf`));
    const file = writeTempPdf(pdf.body as Buffer);
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8').normalize('NFC').replace(/\s+/g, ' ');
    removeTempPdfs();
    expect(text).toContain('Căn cứ Kế hoạch công tác thi đua, khen thưởng năm 2025 (số 25/KH-HĐTĐKT ngày 20/02/2025 của HĐTĐKT phường Bồ Đề);');
    expect(text).toContain('Kỷ niệm 50 năm Ngày Giải phóng miền Nam (30/04/1975 - 30/04/2025);');
    const docx = await binary(secretary.get(`/plans/${p.id}/draft/docx`));
    const words = wordParagraphs(readZipEntry(docx.body as Buffer, 'word/document.xml'))
      .join('\n')
      .normalize('NFC');
    expect(words).toContain('Căn cứ Kế hoạch công tác thi đua, khen thưởng năm 2025 (số 25/KH-HĐTĐKT ngày 20/02/2025 của HĐTĐKT phường Bồ Đề);');
    expect(words).toContain('Kỷ niệm 50 năm Ngày Giải phóng miền Nam (30/04/1975 - 30/04/2025);');
  });
});

describe('approving a plan with carried-over marks, as the chair', () => {
  it('warns with the list and refuses without the confirmation; approves with it', async () => {
    const p = await plan(2025);
    expect((await post(secretary, `/plans/${p.id}`, `/plans/${p.id}/submit`, {})).status).toBe(302);
    const page = await chair.get(`/plans/${p.id}/approve`);
    expect(page.text).toMatch(/Còn \d+ chỗ mang sang từ kế hoạch năm 2024 chưa được sửa/);
    expect(page.text).toContain('<mark class="carry-mark">');
    const refused = await post(chair, `/plans/${p.id}/approve`, `/plans/${p.id}/approve`, {});
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Còn năm hoặc ngày kỷ niệm của năm cũ: hãy xem lại và đánh dấu xác nhận để phê duyệt.');
    expect((await plan(2025)).status).toBe('submitted');
    // The secretary wrote it: no one-step approval is offered.
    expect(page.text).not.toContain('Phê duyệt và ban hành (một bước)');
    const ok = await post(chair, `/plans/${p.id}/approve`, `/plans/${p.id}/approve`, { confirmCarryOver: 'yes' });
    expect(ok.status).toBe(302);
    expect((await plan(2025)).status).toBe('approved');
  });
});

describe('a plan the chair wrote', () => {
  it('is approved in one step from the draft, with a confirmation', async () => {
    await post(chair, '/plans', '/plans', { year: '2026' });
    const p = await plan(2026);
    expect(p.lastEditedById).not.toBeNull();
    const page = await chair.get(`/plans/${p.id}`);
    expect(page.text).toContain('Phê duyệt và ban hành (một bước)');
    const refused = await post(chair, `/plans/${p.id}/approve`, `/plans/${p.id}/approve`, { confirmCarryOver: 'yes' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Hãy đánh dấu xác nhận để phê duyệt kế hoạch do chính bạn soạn.');
    const ok = await post(chair, `/plans/${p.id}/approve`, `/plans/${p.id}/approve`, { confirmCarryOver: 'yes', confirmOneStep: 'yes' });
    expect(ok.status).toBe(302);
    const after = await plan(2026);
    expect(after.status).toBe('approved');
    const audit = await db.current.prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.approve', subjectId: p.id } });
    expect(audit.before).toEqual({ status: 'draft' });
    expect(audit.after).toMatchObject({ status: 'approved', oneStep: true });
  });

  it('needs the usual submission once the secretary edited the draft after the chair', async () => {
    const p = await plan(2026);
    const form = await metaForm(secretary, p.id, { closing: 'Trên đây là Kế hoạch công tác thi đua, khen thưởng năm 2026.' });
    expect((await post(secretary, `/plans/${p.id}/edit`, `/plans/${p.id}/edit`, form)).status).toBe(302);
    expect((await plan(2026)).status).toBe('draft');
    expect((await chair.get(`/plans/${p.id}/approve`)).status).toBe(409);
    const csrf = csrfFrom((await chair.get(`/plans/${p.id}`)).text);
    expect((await chair.post(`/plans/${p.id}/approve`).type('form').send({ _csrf: csrf, confirmOneStep: 'yes', confirmCarryOver: 'yes' })).status).toBe(409);
  });
});
