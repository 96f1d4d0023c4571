// The writing contest's results as an issued document (ADR 021): publishing issues the council's Thông báo kết quả
// cuộc thi (TB) in the register, with its snapshot; PDF (ND 30/2020 layout, Vietnam date) and DOCX drawn from that
// snapshot, unchanged after an author is renamed; downloadable by whoever sees the published results.
import type request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContest, buildContestEntry } from '../support/contestFactories.ts';
import { contestWorld } from '../support/contestWorld.ts';
import { postForm } from '../support/postForm.ts';
import { buildPerson, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { flat, pdfRawText, removeTempPdfs, writeTempPdf } from '../unit/documents/support/pdfTools.ts';
import { readZipEntry, wordParagraphs } from '../unit/documents/support/readZip.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
afterAll(removeTempPdfs);

const binary = (req: request.Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const textOfPdf = (bytes: Buffer) => flat(pdfRawText(writeTempPdf(bytes)));
const textOfDocx = (bytes: Buffer) => flat(wordParagraphs(readZipEntry(bytes, 'word/document.xml')).join('\n'));

/** A contest being judged, every live entry scored: Lan 92,5 Nhất (with a co-author), Bình 80 Nhì, a third without prize, one withdrawn. */
async function judgedContest(w: Awaited<ReturnType<typeof contestWorld>>) {
  const contest = await buildContest(prisma(), {
    schoolId: w.c.schoolId,
    schoolYearId: w.c.schoolYearId,
    state: 'closed',
    title: 'Viết về gương điển hình tiên tiến, người tốt, việc tốt',
  });
  const lan = await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherA.staff.id, title: 'Cô giáo vùng cao', score: 92.5, prize: 'nhat' });
  await prisma().contestEntry.update({ where: { id: lan.id }, data: { coAuthors: 'Vũ Thị Thu' } });
  await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherB.staff.id, title: 'Bác bảo vệ', score: 80, prize: 'nhi' });
  await buildContestEntry(prisma(), { contest, title: 'Mùa thi đua', score: 70 });
  await buildContestEntry(prisma(), { contest, title: 'Bài đã rút', withdrawn: true });
  return { contest, page: `/contests/${contest.id}` };
}

describe('as the secretary, publishing the results', () => {
  it('issues one Thông báo kết quả (TB of the council) dated the Vietnam day, linked from the contest page, PDF in the ND 30 layout and DOCX', async () => {
    const w = await contestWorld(db);
    const { contest, page } = await judgedContest(w);
    // 18:30 UTC on 31/12/2026 is already 01:30 on 01/01/2027 in Hà Nội: the notice is of 2027, dated 01/01.
    w.clock.set('2026-12-31T18:30:00Z');
    const secretary = await w.signIn(w.c.secretary.username);
    expect((await postForm(secretary, page, `${page}/publish`)).status).toBe(302);
    expect((await secretary.get(page)).text).toContain('Đã công bố kết quả cuộc thi và ban hành thông báo kết quả.');

    const docs = await prisma().issuedDocument.findMany({ where: { schoolId: w.c.schoolId, subject: 'Contest', subjectId: contest.id } });
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ type: 'TB', year: 2027, number: 1, symbol: '01/TB-HĐTĐKT' });
    expect(docs[0]!.issuedOn.toISOString().slice(0, 10)).toBe('2027-01-01');
    expect(docs[0]!.title).toBe('Thông báo kết quả Cuộc thi “Viết về gương điển hình tiên tiến, người tốt, việc tốt” năm học 2026-2027');
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { action: 'contest.publish', subjectId: contest.id } });
    expect(audit.after).toMatchObject({ notice: '01/TB-HĐTĐKT' });
    expect(await prisma().auditEvent.count({ where: { action: 'register.issue', subjectId: docs[0]!.id } })).toBe(1);

    const shown = await secretary.get(page);
    expect(shown.text).toContain('Thông báo kết quả số 01/TB-HĐTĐKT ngày 01/01/2027:');
    expect(shown.text).toContain(`href="/contests/${contest.id}/results/notice.pdf"`);
    expect(shown.text).toContain(`href="/contests/${contest.id}/results/notice.docx"`);
    // The HTML sheet was for judging: once issued, the notice is the results document.
    expect(shown.text).not.toContain(`/contests/${contest.id}/results/print`);
    const print = await secretary.get(`${page}/results/print`);
    expect([print.status, print.headers.location]).toEqual([302, `/contests/${contest.id}/results/notice.pdf`]);

    const pdf = await binary(secretary.get(`${page}/results/notice.pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="thong-bao-ket-qua-cuoc-thi.pdf"');
    const text = textOfPdf(pdf.body as Buffer);
    const school = w.school.name.toLocaleUpperCase('vi');
    for (const part of [
      school,
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/TB-HĐTĐKT',
      'Hà Nội, ngày 01 tháng 01 năm 2027',
      'THÔNG BÁO',
      'Kết quả Cuộc thi “Viết về gương điển hình tiên tiến, người tốt, việc tốt” năm học 2026-2027',
      'Cuộc thi có 03 bài dự thi được chấm điểm. Có 02 bài đạt giải, gồm: 01 giải Nhất và 01 giải Nhì.',
      'STT Họ và tên Tổ Tên bài viết Điểm Giải',
      '1 Trần Thị Lan, Vũ Thị Thu Tổ Khối 4 Cô giáo vùng cao 92,5 Nhất',
      '2 Lê Văn Bình Bác bảo vệ 80,0 Nhì',
      'Mùa thi đua 70,0',
      'TM. HỘI ĐỒNG CHỦ TỊCH Thành viên 01',
      'Nơi nhận:',
      '- Lưu: VT, HĐTĐKT.',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('Bài đã rút');
    // The header reads in ND 30 order: agencies and motto, number, place and date, type name, trích yếu.
    const order = ['Số: 01/TB-HĐTĐKT', 'Hà Nội, ngày 01 tháng 01 năm 2027', 'THÔNG BÁO', 'Kết quả Cuộc thi', 'STT Họ và tên', 'TM. HỘI ĐỒNG'];
    expect(order.map((s) => text.indexOf(s))).toEqual([...order.map((s) => text.indexOf(s))].sort((a, b) => a - b));

    const docx = await binary(secretary.get(`${page}/results/notice.docx`));
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const words = textOfDocx(docx.body as Buffer);
    expect(words).toContain('Số: 01/TB-HĐTĐKT');
    expect(words).toContain('Hà Nội, ngày 01 tháng 01 năm 2027');
    expect(words).toContain('Trần Thị Lan, Vũ Thị Thu');
  });

  it('the notice is a snapshot: renaming an author or their group afterwards changes neither the PDF bytes nor the DOCX text', async () => {
    const w = await contestWorld(db);
    const { page } = await judgedContest(w);
    expect((await postForm(w.secretary, page, `${page}/publish`)).status).toBe(302);
    const pdfBefore = (await binary(w.b.get(`${page}/results/notice.pdf`))).body as Buffer;
    const docxBefore = textOfDocx((await binary(w.b.get(`${page}/results/notice.docx`))).body as Buffer);

    await prisma().staff.update({ where: { id: w.teacherA.staff.id }, data: { fullName: 'Trần Thị Lan Anh' } });
    await prisma().collective.updateMany({ where: { schoolId: w.c.schoolId, name: 'Tổ Khối 4' }, data: { name: 'Tổ Khối Bốn' } });
    expect((await w.b.get(page)).text).toContain('Trần Thị Lan Anh'); // the live page follows the rename

    const pdfAfter = (await binary(w.b.get(`${page}/results/notice.pdf`))).body as Buffer;
    expect(pdfAfter.equals(pdfBefore)).toBe(true);
    const text = textOfPdf(pdfAfter);
    expect(text).toContain('1 Trần Thị Lan, Vũ Thị Thu Tổ Khối 4 Cô giáo vùng cao 92,5 Nhất');
    expect(text).not.toContain('Lan Anh');
    expect(textOfDocx((await binary(w.b.get(`${page}/results/notice.docx`))).body as Buffer)).toBe(docxBefore);
  });
});

describe('who may download the notice: whoever sees the published results', () => {
  it('every staff member of the school once published; nobody before (not even organisers); 404 for another school, 403 for the admin, sign-in for a visitor', async () => {
    const w = await contestWorld(db);
    const { contest, page } = await judgedContest(w);
    // Judging: no notice yet, for anyone; the organisers keep their sheet to sign.
    expect((await w.secretary.get(`${page}/results/notice.pdf`)).status).toBe(404);
    expect((await w.a.get(`${page}/results/notice.pdf`)).status).toBe(404);
    expect((await w.secretary.get(`${page}/results/print`)).status).toBe(200);
    expect((await postForm(w.secretary, page, `${page}/publish`)).status).toBe(302);

    // A teacher who did not take part, a teacher who did: both see the results, both download.
    const bystander = await buildPerson(prisma(), w.c.schoolId, { fullName: 'Đỗ Minh Khoa' });
    const other = agentFor(w.built.app);
    await loginAs(other, bystander.user.username, TEST_PASSWORD);
    for (const agent of [other, w.a, w.b]) {
      expect((await agent.get(page)).text).toContain('Thông báo kết quả số 01/TB-HĐTĐKT');
      expect((await binary(agent.get(`${page}/results/notice.pdf`))).status).toBe(200);
      expect((await binary(agent.get(`${page}/results/notice.docx`))).status).toBe(200);
    }
    expect((await w.a.get(`${page}/results/notice.txt`)).status).toBe(404);

    // The school's administrator does not see contests (no contest:view): 403, as for the contest page.
    const admin = await buildUser(prisma(), w.c.schoolId, { isAdmin: true });
    const adminAgent = agentFor(w.built.app);
    await loginAs(adminAgent, admin.username, TEST_PASSWORD);
    expect((await adminAgent.get(page)).status).toBe(403);
    expect((await adminAgent.get(`${page}/results/notice.pdf`)).status).toBe(403);

    // Another school's staff: the contest is not found.
    const { school: elsewhere } = await buildSchool(prisma(), { years: [2026] });
    const stranger = await buildPerson(prisma(), elsewhere.id);
    const strangerAgent = agentFor(w.built.app);
    await loginAs(strangerAgent, stranger.user.username, TEST_PASSWORD);
    expect((await strangerAgent.get(`${page}/results/notice.pdf`)).status).toBe(404);

    // A visitor is sent to sign in; the public page never links the notice (it prints scores).
    const visitor = await w.anonymous.get(`${page}/results/notice.pdf`);
    expect(visitor.status).toBe(302);
    expect(visitor.headers.location).toMatch(/^\/login/);
    expect((await w.anonymous.get(`/cong-khai/${w.school.code}`)).text).not.toContain(`/contests/${contest.id}/results/notice`);
  });
});
