// The writing contest "Viết về gương điển hình tiên tiến, người tốt, việc tốt" (issue 15 §4): organisers create,
// open, close, judge and publish; staff submit, edit and withdraw their own entry inside the window; others' entries
// stay hidden until the results are published (files too); the printable results; the public page lists only
// published results. Every test builds its own school with factories, so each passes alone.
import { describe, expect, it } from 'vitest';
import { buildContest, buildContestEntry, buildContestEntryFile, TINY_PDF } from '../support/contestFactories.ts';
import { contestWorld, ENTRY, postEntry } from '../support/contestWorld.ts';
import { postForm } from '../support/postForm.ts';
import { csrfFrom } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const world = () => contestWorld(db);

describe('as an organiser (secretary), setting up the contest', () => {
  it('a bad form re-renders 422 in Vietnamese with the input kept; a valid one creates a draft hidden from staff until opened', async () => {
    const w = await world();
    const bad = await postForm(w.secretary, '/contests/new', '/contests', {
      title: 'Cuộc thi giữ lại',
      rules: '',
      opensOn: '30/11/2026',
      closesOn: '01/11/2026',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Ngày hết hạn không được trước ngày bắt đầu nhận bài.');
    expect(bad.text).toContain('Cuộc thi giữ lại');
    expect(bad.text).toMatch(/id="f-rules"[^>]*aria-invalid="true"/);
    const res = await postForm(w.secretary, '/contests/new', '/contests', {
      title: 'Viết về gương điển hình tiên tiến, người tốt, việc tốt',
      rules: 'Mỗi người một bài.',
      opensOn: '01/11/2026',
      closesOn: '30/11/2026',
    });
    expect(res.status).toBe(302);
    const contest = await prisma().contest.findFirstOrThrow({ where: { schoolId: w.c.schoolId } });
    expect(res.headers.location).toBe(`/contests/${contest.id}`);
    expect(contest).toMatchObject({ state: 'draft', opensOn: new Date('2026-11-01T00:00:00Z'), closesOn: new Date('2026-11-30T00:00:00Z') });
    expect(await prisma().auditEvent.count({ where: { action: 'contest.create', subjectId: contest.id } })).toBe(1);
    expect((await w.a.get(`/contests/${contest.id}`)).status).toBe(404);
    expect((await w.a.get('/contests')).text).not.toContain(contest.title);
    expect((await postForm(w.a, '/contests', `/contests/${contest.id}/open`)).status).toBe(403);
    const opened = await postForm(w.secretary, `/contests/${contest.id}`, `/contests/${contest.id}/open`);
    expect(opened.status).toBe(302);
    const list = await w.a.get('/contests');
    expect(list.text).toContain(contest.title);
    expect(list.text).toContain('Đang nhận bài');
  });
});

describe('as a staff member, entering the contest', () => {
  it('an edit refused because entries closed after the page was loaded comes back with the changes kept (409), nothing changed', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open' });
    const entry = await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherA.staff.id, title: 'Bài cũ', body: 'Nội dung cũ.' });
    const path = `/contests/${contest.id}/entries/${entry.id}`;
    const token = csrfFrom((await w.a.get(path)).text);
    expect((await postForm(w.secretary, `/contests/${contest.id}`, `/contests/${contest.id}/close`)).status).toBe(302);
    const res = await w.a.post(path).field('_csrf', token).field('title', 'Bài đã sửa').field('body', 'Nội dung sửa cả buổi tối.');
    expect(res.status).toBe(409);
    expect(res.text).toContain('Cuộc thi hiện không nhận bài.');
    expect(res.text).toContain('Nội dung sửa cả buổi tối.');
    expect((await prisma().contestEntry.findUniqueOrThrow({ where: { id: entry.id } })).title).toBe('Bài cũ');
  });

  it('an entry refused because entries closed after the page was loaded comes back with its text kept (409), nothing stored', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open' });
    const page = `/contests/${contest.id}`;
    const token = csrfFrom((await w.a.get(page)).text);
    expect((await postForm(w.secretary, page, `${page}/close`)).status).toBe(302);
    const long = 'Cô Lan đã gắn bó với điểm trường lẻ mười năm, một bài viết dài gõ suốt buổi tối.';
    const res = await w.a.post(`${page}/entries`).field('_csrf', token).field('title', 'Bài viết gõ cả buổi').field('body', long);
    expect(res.status).toBe(409);
    expect(res.text).toContain('Cuộc thi hiện không nhận bài.');
    expect(res.text).toContain(long);
    expect(res.text).toContain('Bài viết gõ cả buổi');
    expect(await prisma().contestEntry.count({ where: { contestId: contest.id } })).toBe(0);
  });

  it('submits inside the window (Vietnam days, inclusive), once; is refused before and after it; a bad entry is 422 with the input kept', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open' });
    const page = `/contests/${contest.id}`;
    const empty = await postEntry(w.a, page, `${page}/entries`, { title: '', body: '', subjectName: 'Cô Lan giữ lại' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Hãy nhập nội dung bài viết hoặc nộp tệp PDF/DOCX.');
    expect(empty.text).toContain('Cô Lan giữ lại');
    expect(empty.text).toMatch(/id="f-title"[^>]*aria-invalid="true"/);
    expect(await prisma().contestEntry.count({ where: { contestId: contest.id } })).toBe(0);

    // 30/11 at 23:30 in Hà Nội is still inside the window (signed in again: the clock jumped past the idle timeout).
    w.clock.set('2026-11-30T16:30:00Z');
    const a = await w.signIn(w.teacherA.user.username);
    const ok = await postEntry(a, page, `${page}/entries`, ENTRY);
    expect(ok.status).toBe(302);
    const entry = await prisma().contestEntry.findFirstOrThrow({ where: { contestId: contest.id } });
    expect(ok.headers.location).toBe(`${page}/entries/${entry.id}`);
    expect(entry).toMatchObject({ authorStaffId: w.teacherA.staff.id, title: ENTRY.title, body: ENTRY.body });
    expect(await prisma().auditEvent.count({ where: { action: 'contest.entry.submit', subjectId: entry.id } })).toBe(1);
    const twice = await postEntry(a, page, `${page}/entries`, { ...ENTRY, title: 'Bài thứ hai' });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('Bạn đã nộp bài cho cuộc thi này');

    // 01/12 at 00:30 in Hà Nội: the deadline has passed, even though it is still 30/11 in UTC.
    w.clock.set('2026-11-30T17:30:00Z');
    let b = await w.signIn(w.teacherB.user.username);
    const late = await postEntry(b, page, `${page}/entries`, ENTRY);
    expect(late.status).toBe(409);
    expect(late.text).toContain('Đã hết hạn nhận bài (hạn cuối 30/11/2026).');
    expect((await b.get(page)).text).toContain('Đã hết hạn nhận bài');
    w.clock.set('2026-10-31T10:00:00Z');
    b = await w.signIn(w.teacherB.user.username);
    const early = await postEntry(b, page, `${page}/entries`, ENTRY);
    expect(early.status).toBe(409);
    expect(early.text).toContain('Chưa đến thời gian nhận bài (bắt đầu từ 01/11/2026).');
    expect(await prisma().contestEntry.count({ where: { contestId: contest.id } })).toBe(1);
  });

  it('edits and withdraws only their own entry, with a PDF; others’ entries and files stay hidden until the results are published', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open' });
    const page = `/contests/${contest.id}`;
    const res = await postEntry(w.a, page, `${page}/entries`, { title: ENTRY.title, body: '' }, { bytes: TINY_PDF, name: 'bai-viet.pdf' });
    expect(res.status).toBe(302);
    const entry = await prisma().contestEntry.findFirstOrThrow({ where: { contestId: contest.id } });
    const file = await prisma().storedFile.findFirstOrThrow({ where: { ownerType: 'ContestEntry', ownerId: entry.id } });
    expect(file.mimeType).toBe('application/pdf');
    const refused = await postEntry(
      w.a,
      `${page}/entries/${entry.id}`,
      `${page}/entries/${entry.id}`,
      { title: ENTRY.title },
      { bytes: Buffer.from('PK\u0003\u0004 không phải docx'), name: 'bai.docx' },
    );
    expect(refused.status).toBe(422);

    // The author, the organisers: the entry and its file. Another teacher: nothing, not even its existence.
    expect((await w.a.get(`${page}/entries/${entry.id}`)).status).toBe(200);
    expect((await w.a.get(`/files/${file.id}`)).status).toBe(200);
    expect((await w.secretary.get(`${page}/entries/${entry.id}`)).status).toBe(200);
    expect((await w.secretary.get(`/files/${file.id}`)).status).toBe(200);
    expect((await w.b.get(`${page}/entries/${entry.id}`)).status).toBe(404);
    expect((await w.b.get(`/files/${file.id}`)).status).toBe(404);
    const pageForB = await w.b.get(page);
    expect(pageForB.text).not.toContain(ENTRY.title);
    expect(pageForB.text).toContain('chỉ được công khai trong trường sau khi công bố kết quả');
    const forged = await postEntry(w.b, page, `${page}/entries/${entry.id}`, { title: 'Sửa trộm', body: 'x' });
    expect(forged.status).toBe(404);
    const secretaryEdit = await postEntry(w.secretary, page, `${page}/entries/${entry.id}`, { title: 'Sửa trộm', body: 'x' });
    expect(secretaryEdit.status).toBe(403);
    expect((await postForm(w.b, page, `${page}/entries/${entry.id}/withdraw`)).status).toBe(404);

    const edited = await postEntry(w.a, `${page}/entries/${entry.id}`, `${page}/entries/${entry.id}`, { title: 'Tên mới của bài', body: ENTRY.body });
    expect(edited.status).toBe(302);
    expect(await prisma().contestEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ title: 'Tên mới của bài', body: ENTRY.body });
    const withdrawn = await postForm(w.a, `${page}/entries/${entry.id}`, `${page}/entries/${entry.id}/withdraw`);
    expect(withdrawn.status).toBe(302);
    expect((await prisma().contestEntry.findUniqueOrThrow({ where: { id: entry.id } })).withdrawnAt).not.toBeNull();
    // A withdrawn entry can be resubmitted in place (one entry per author and contest).
    const again = await postEntry(w.a, page, `${page}/entries`, ENTRY);
    expect(again.status).toBe(302);
    expect(await prisma().contestEntry.findMany({ where: { contestId: contest.id } })).toMatchObject([{ id: entry.id, withdrawnAt: null, title: ENTRY.title }]);

    // Published: everyone signed in reads the entry and its file.
    await prisma().storedFile.deleteMany({ where: { ownerId: entry.id } });
    const pdf = await buildContestEntryFile(prisma(), entry);
    await prisma().contest.update({ where: { id: contest.id }, data: { state: 'closed', closedAt: new Date(), closedById: contest.openedById } });
    await prisma().contestEntry.update({ where: { id: entry.id }, data: { score: 90, prize: 'nhat', scoredAt: new Date(), scoredById: contest.openedById } });
    expect((await w.b.get(`/files/${pdf.id}`)).status).toBe(404);
    expect((await postForm(w.secretary, page, `${page}/publish`)).status).toBe(302);
    expect((await w.b.get(`${page}/entries/${entry.id}`)).status).toBe(200);
    expect((await w.b.get(`/files/${pdf.id}`)).status).toBe(200);
    expect((await w.b.get(page)).text).toContain(ENTRY.title);
  });
});
