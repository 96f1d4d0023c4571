// The writing contest (issue 15 §4), after the entries are in: organisers judge and publish (scores frozen
// afterwards), the printable results and the public page, the home to-do, the audit sentences and the races.
// Every test builds its own school with factories, so each passes alone.
import { describe, expect, it } from 'vitest';
import { buildContest, buildContestEntry } from '../support/contestFactories.ts';
import { concurrentPosts, expectCleanRaceResponses } from '../support/concurrentPosts.ts';
import { contestWorld, ENTRY, postEntry } from '../support/contestWorld.ts';
import { postForm } from '../support/postForm.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const world = () => contestWorld(db);

describe('as an organiser, judging and publishing', () => {
  it('scores only while judging (one decimal, 0–100, 422 otherwise); publish refuses unscored entries; prizes are frozen afterwards', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open' });
    const page = `/contests/${contest.id}`;
    const e1 = await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherA.staff.id });
    const e2 = await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherB.staff.id });
    const early = await postForm(w.secretary, page, `${page}/entries/${e1.id}/score`, { score: '80', prize: 'nhi' });
    expect(early.status).toBe(409);
    expect(early.text).toContain('Chỉ chấm và công bố khi cuộc thi đã kết thúc nhận bài.');
    expect((await postForm(w.secretary, page, `${page}/close`)).status).toBe(302);
    expect((await postEntry(w.a, page, `${page}/entries/${e1.id}`, ENTRY)).status).toBe(409); // no edits while judging

    const bad = await postForm(w.secretary, page, `${page}/entries/${e1.id}/score`, { score: '100,5', prize: 'nhat', judgeComment: 'Nhận xét giữ lại' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Điểm là số từ 0 đến 100, tối đa một chữ số thập phân');
    expect(bad.text).toContain('Nhận xét giữ lại');
    expect((await postForm(w.a, page, `${page}/entries/${e1.id}/score`, { score: '99' })).status).toBe(403);
    // The secretary wrote an entry too: another organiser scores it (403 with the reason, no score input offered).
    const own = await buildContestEntry(prisma(), { contest, authorStaffId: w.c.secretary.staffId, title: 'Bài của thư ký' });
    const self = await postForm(w.secretary, page, `${page}/entries/${own.id}/score`, { score: '99', prize: 'nhat' });
    expect(self.status).toBe(403);
    expect(self.text).toContain('Bạn không chấm bài dự thi của chính mình');
    expect((await w.secretary.get(page)).text).not.toContain(`/entries/${own.id}/score`);
    await prisma().contestEntry.update({ where: { id: own.id }, data: { withdrawnAt: new Date('2026-11-26T03:00:00Z') } });
    const scored = await postForm(w.secretary, page, `${page}/entries/${e1.id}/score`, { score: '85,5', prize: 'nhat', judgeComment: 'Giàu cảm xúc.' });
    expect(scored.status).toBe(302);
    expect(Number((await prisma().contestEntry.findUniqueOrThrow({ where: { id: e1.id } })).score)).toBe(85.5);

    const refused = await postForm(w.secretary, page, `${page}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Chưa thể công bố: còn 1 bài dự thi chưa chấm điểm.');
    expect((await prisma().contest.findUniqueOrThrow({ where: { id: contest.id } })).state).toBe('closed');
    expect((await postForm(w.secretary, page, `${page}/entries/${e2.id}/score`, { score: '70', prize: '' })).status).toBe(302);
    expect((await postForm(w.secretary, page, `${page}/publish`)).status).toBe(302);
    const after = await prisma().contest.findUniqueOrThrow({ where: { id: contest.id } });
    expect(after).toMatchObject({ state: 'published' });
    expect(after.publishedAt).not.toBeNull();
    const frozen = await postForm(w.secretary, page, `${page}/entries/${e1.id}/score`, { score: '10', prize: '' });
    expect(frozen.status).toBe(409);
    expect(frozen.text).toContain('Kết quả đã công bố: điểm và giải không thể thay đổi.');
    expect(await prisma().contestEntry.findUniqueOrThrow({ where: { id: e1.id } })).toMatchObject({ prize: 'nhat' });
    const results = await w.b.get(page);
    expect(results.text).toContain('85,5');
    expect(results.text).toContain('Giải Nhất');
  });

  it('the database refuses a prize without a score, a score over 100, a state without its who and when, and an unknown file owner type', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, state: 'closed' });
    const e = await buildContestEntry(prisma(), { contest });
    await expect(prisma().contestEntry.update({ where: { id: e.id }, data: { prize: 'nhat' } })).rejects.toThrow();
    await expect(
      prisma().contestEntry.update({ where: { id: e.id }, data: { score: 100.5, scoredAt: new Date(), scoredById: contest.openedById } }),
    ).rejects.toThrow();
    await expect(prisma().contest.update({ where: { id: contest.id }, data: { state: 'published' } })).rejects.toThrow();
    // The owner-type CHECK keeps every earlier owner type and adds 'ContestEntry'.
    for (const ownerType of ['Movement', 'Registration', 'Initiative', 'Complaint', 'Nomination', 'Exemplar', 'ContestEntry'])
      await prisma().storedFile.create({
        data: {
          schoolId: w.c.schoolId,
          ownerType,
          ownerId: e.id,
          fileName: 'x.pdf',
          mimeType: 'application/pdf',
          size: 1,
          sha256: 'x',
          content: new Uint8Array([1]),
        },
      });
    await expect(
      prisma().storedFile.create({
        data: {
          schoolId: w.c.schoolId,
          ownerType: 'Bogus',
          ownerId: e.id,
          fileName: 'x.pdf',
          mimeType: 'application/pdf',
          size: 1,
          sha256: 'x',
          content: new Uint8Array([1]),
        },
      }),
    ).rejects.toThrow();
  });

  it('the printable results: school header, contest name and the ranked table STT / Họ và tên / Tổ / Tên bài viết / Điểm / Giải', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), {
      schoolId: w.c.schoolId,
      state: 'published',
      title: 'Viết về gương điển hình tiên tiến, người tốt, việc tốt',
    });
    await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherB.staff.id, title: 'Bài hạng hai', score: 80, prize: 'nhi' });
    await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherA.staff.id, title: 'Bài hạng nhất', score: 92.5, prize: 'nhat' });
    await buildContestEntry(prisma(), { contest, title: 'Bài đã rút', withdrawn: true });
    const res = await w.b.get(`/contests/${contest.id}/results/print`);
    expect(res.status).toBe(200);
    const text = res.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(w.school.name.toLocaleUpperCase('vi'));
    expect(text).toContain('KẾT QUẢ CUỘC THI');
    expect(text).toContain('VIẾT VỀ GƯƠNG ĐIỂN HÌNH TIÊN TIẾN, NGƯỜI TỐT, VIỆC TỐT');
    expect(text).toContain('STT Họ và tên Tổ Tên bài viết Điểm Giải');
    expect(text).toContain('1 Trần Thị Lan Tổ Khối 4 Bài hạng nhất 92,5 Giải Nhất');
    expect(text).toContain('2 Lê Văn Bình Bài hạng hai 80,0 Giải Nhì');
    expect(text).not.toContain('Bài đã rút');
    expect(text).toContain('Ngày 01 tháng 11 năm 2026 TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG CHỦ TỊCH');
    expect(res.text).not.toContain('site-header');
    // Not published yet: 404 for staff; the organisers may print the judged table while judging.
    const judging = await buildContest(prisma(), { schoolId: w.c.schoolId, state: 'closed' });
    expect((await w.b.get(`/contests/${judging.id}/results/print`)).status).toBe(404);
    expect((await w.secretary.get(`/contests/${judging.id}/results/print`)).status).toBe(200);
  });

  it('the printed date is the Vietnam day of publication, its month written as ND 30/2020 writes it (tháng 3, not 03)', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, state: 'published' });
    // 20:00 UTC on 05/03 is already 06/03 in Vietnam.
    await prisma().contest.update({ where: { id: contest.id }, data: { publishedAt: new Date('2026-03-05T20:00:00Z') } });
    await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherA.staff.id, title: 'Bài hạng nhất', score: 92.5, prize: 'nhat' });
    const res = await w.b.get(`/contests/${contest.id}/results/print`);
    const text = res.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Ngày 06 tháng 3 năm 2026');
  });

  it('the public page lists only published results: names, titles and prizes, never the text', async () => {
    const w = await world();
    const published = await buildContest(prisma(), { schoolId: w.c.schoolId, state: 'published', title: 'Cuộc thi đã công bố' });
    await buildContestEntry(prisma(), {
      contest: published,
      authorStaffId: w.teacherA.staff.id,
      title: 'Bài đoạt giải',
      body: 'NỘI DUNG KHÔNG CÔNG KHAI',
      score: 90,
      prize: 'nhat',
    });
    await buildContestEntry(prisma(), { contest: published, title: 'Bài không giải', score: 50 });
    const judging = await buildContest(prisma(), { schoolId: w.c.schoolId, state: 'closed', title: 'Cuộc thi đang chấm' });
    await buildContestEntry(prisma(), { contest: judging, title: 'Bài đang chấm', score: 95, prize: 'nhat' });
    const res = await w.anonymous.get(`/cong-khai/${w.school.code}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Kết quả cuộc thi viết');
    expect(res.text).toContain('Cuộc thi đã công bố');
    expect(res.text).toContain('Trần Thị Lan');
    expect(res.text).toContain('Bài đoạt giải');
    expect(res.text).toContain('Giải Nhất');
    expect(res.text).not.toContain('NỘI DUNG KHÔNG CÔNG KHAI');
    expect(res.text).not.toContain('Bài không giải');
    expect(res.text).not.toContain('Cuộc thi đang chấm');
    expect(res.text).not.toContain('Bài đang chấm');
  });
});

describe('the home page', () => {
  it('tells a staff member that a contest takes entries until its deadline, then that the entry is in', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open', title: 'Cuộc thi viết 2026' });
    await buildContest(prisma(), {
      schoolId: w.c.schoolId,
      schoolYearId: w.c.schoolYearId,
      state: 'open',
      title: 'Cuộc thi đã hết hạn',
      closesOn: '2026-11-20',
    });
    const before = await w.a.get('/');
    expect(before.text).toContain('Cuộc thi “Cuộc thi viết 2026” đang nhận bài đến hết 30/11/2026: nộp bài dự thi');
    expect(before.text).not.toContain('Cuộc thi đã hết hạn');
    await buildContestEntry(prisma(), { contest, authorStaffId: w.teacherA.staff.id });
    expect((await w.a.get('/')).text).toContain('Bạn đã nộp bài dự thi “Cuộc thi viết 2026”');
  });
});

describe('the audit log', () => {
  it('reads each contest step as a Vietnamese sentence naming the contest or the entry, with no UUID or key', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open', title: 'Cuộc thi viết 2026' });
    const page = `/contests/${contest.id}`;
    expect((await postEntry(w.a, page, `${page}/entries`, ENTRY)).status).toBe(302);
    const entry = await prisma().contestEntry.findFirstOrThrow({ where: { contestId: contest.id } });
    expect((await postForm(w.secretary, page, `${page}/close`)).status).toBe(302);
    expect((await postForm(w.secretary, page, `${page}/entries/${entry.id}/score`, { score: '90', prize: 'nhat' })).status).toBe(302);
    const chair = agentFor(w.built.app);
    await loginAs(chair, w.c.chair.username, TEST_PASSWORD);
    const text = (await chair.get('/audit')).text
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain(`nộp bài dự thi “${ENTRY.title}”`);
    expect(text).toContain('kết thúc nhận bài cuộc thi “Cuộc thi viết 2026”');
    expect(text).toContain(`chấm điểm bài dự thi “${ENTRY.title}”`);
    expect(text).toContain('Giải Nhất');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(text).not.toContain('contest.entry');
  });
});

describe('races', () => {
  it('a fivefold click on submit stores one entry; publish clicked ten times by two organisers publishes once and issues one notice; a submit racing the close never lands after it', async () => {
    const w = await world();
    const contest = await buildContest(prisma(), { schoolId: w.c.schoolId, schoolYearId: w.c.schoolYearId, state: 'open' });
    const page = `/contests/${contest.id}`;
    const token = csrfFrom((await w.a.get(page)).text);
    const submits = await Promise.all(
      Array.from({ length: 5 }, () => w.a.post(`${page}/entries`).field('_csrf', token).field('title', ENTRY.title).field('body', ENTRY.body).redirects(0)),
    );
    expectCleanRaceResponses(submits);
    expect(submits.filter((r) => r.status === 302)).toHaveLength(1);
    expect(await prisma().contestEntry.count({ where: { contestId: contest.id } })).toBe(1);

    // Close and a late submit at the same moment: either the entry committed before the close, or it was refused.
    const tokenB = csrfFrom((await w.b.get(page)).text);
    const [closed, late] = await Promise.all([
      concurrentPosts({ agent: w.secretary, page }, `${page}/close`, {}, 1),
      w.b.post(`${page}/entries`).field('_csrf', tokenB).field('title', 'Bài nộp sát giờ').field('body', 'x').redirects(0),
    ]);
    expect(closed[0]!.status).toBe(302);
    expectCleanRaceResponses([late]);
    const lateEntry = await prisma().contestEntry.findFirst({ where: { contestId: contest.id, authorStaffId: w.teacherB.staff.id } });
    const closedAt = (await prisma().contest.findUniqueOrThrow({ where: { id: contest.id } })).closedAt!;
    if (lateEntry) expect(lateEntry.submittedAt.getTime()).toBeLessThanOrEqual(closedAt.getTime());
    else expect(late.status).toBe(409);

    for (const e of await prisma().contestEntry.findMany({ where: { contestId: contest.id } }))
      await prisma().contestEntry.update({ where: { id: e.id }, data: { score: 75, scoredAt: new Date(), scoredById: contest.openedById } });
    // Ten publishes from two organisers at once: one publication, one results notice, one number taken.
    const chair = await w.signIn(w.c.chair.username);
    const publishes = await concurrentPosts(
      [
        { agent: w.secretary, page },
        { agent: chair, page },
      ],
      `${page}/publish`,
      {},
      10,
    );
    expectCleanRaceResponses(publishes);
    expect(publishes.filter((r) => r.status === 302)).toHaveLength(1);
    expect(await prisma().auditEvent.count({ where: { action: 'contest.publish', subjectId: contest.id } })).toBe(1);
    const notices = await prisma().issuedDocument.findMany({ where: { schoolId: w.c.schoolId, type: 'TB' } });
    expect(notices.map((d) => [d.subject, d.subjectId, d.symbol])).toEqual([['Contest', contest.id, '01/TB-HĐTĐKT']]);
    expect(await prisma().documentCounter.findMany({ where: { schoolId: w.c.schoolId, type: 'TB' }, select: { last: true } })).toEqual([{ last: 1 }]);
    expect(await prisma().auditEvent.count({ where: { action: 'register.issue', subjectId: notices[0]!.id } })).toBe(1);
  });
});
