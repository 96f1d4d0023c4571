// Public posting of the approved list (issue 13 point 6): published for the rule set's working days, staff comment
// signed in, anyone with the link comments without an account or a session, rate-limited, moderated, closed at the
// end of the period; accepted comments feed the dossier. Every test builds its own council, approved list and clock,
// and publishes and comments over HTTP as far as it needs, so each passes alone and in any order.
import { describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { addPostingComment } from '../../src/features/posting/addPostingComment.ts';
import { postingCommentsForDossier } from '../../src/features/posting/postingCommentsForDossier.ts';
import { buildCouncil } from '../support/ballotFixtures.ts';
import { buildPerson, TEST_PASSWORD } from '../support/factories.ts';
import { buildApproval, buildPosting } from '../support/postingFactories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

const prisma = () => db.current.prisma;
const sessions = async () => Number((await db.current.pool.query<{ n: string }>('SELECT count(*) AS n FROM session')).rows[0]!.n);

async function postPublic(agent: TestAgent, t: string, fields: Record<string, string>) {
  const page = await agent.get(`/p/${t}`);
  return agent
    .post(`/p/${t}`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), ...fields });
}

/** A school of its own: a council of three with an approved list of two, the app on its own clock (Thursday 26/11/2026), the secretary and a teacher signed in. */
async function world(at = '2026-11-26T03:00:00Z') {
  const clock = testClock(at); // Thursday
  const built = buildTestApp(db.current, clock);
  const c = await buildCouncil(prisma(), 3);
  await buildApproval(prisma(), c, 2);
  const secretary = agentFor(built.app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
  const person = await buildPerson(prisma(), c.schoolId, { fullName: 'Hoàng Thị Giáo Viên' });
  const teacherName = person.user.username;
  const teacher = agentFor(built.app);
  await loginAs(teacher, teacherName, TEST_PASSWORD);
  return { clock, built, c, secretary, teacher, teacherName };
}
type World = Awaited<ReturnType<typeof world>>;

/** The secretary publishes the approved list over HTTP; returns the posting's id and public token. */
async function published(w: World) {
  const list = await w.secretary.get('/postings');
  const meetingId = /name="meetingId" value="([^"]+)"/.exec(list.text)![1]!;
  const res = await w.secretary
    .post('/postings')
    .type('form')
    .send({ _csrf: csrfFrom(list.text), meetingId });
  expect(res.status).toBe(302);
  const posting = await prisma().publicPosting.findFirstOrThrow({ where: { schoolId: w.c.schoolId } });
  return { postingId: posting.id, token: posting.publicToken };
}

/** The teacher's pending comment, sent signed in. */
async function teacherComments(w: World, postingId: string) {
  const page = await w.teacher.get(`/postings/${postingId}`);
  const res = await w.teacher
    .post(`/postings/${postingId}/comments`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), body: 'Đồng ý với danh sách.' });
  expect(res.status).toBe(302);
}

/** A parent's pending comment, sent through the public link. */
async function parentComments(w: World, token: string) {
  const res = await postPublic(agentFor(w.built.app), token, {
    name: 'Phụ huynh lớp 3A',
    contact: '0912 345 678',
    body: 'Cô Ứng viên 01 rất tận tâm với học sinh.',
  });
  expect(res.status).toBe(303);
}

describe('publishing', () => {
  it('as secretary, publishing the approved list opens 5 working days (rule set parameter) with a random link, audited', async () => {
    const { secretary, c } = await world();
    const list = await secretary.get('/postings');
    expect(list.text).toContain('Danh sách đã phê duyệt chưa công khai');
    const meetingId = /name="meetingId" value="([^"]+)"/.exec(list.text)![1]!;
    const res = await secretary
      .post('/postings')
      .type('form')
      .send({ _csrf: csrfFrom(list.text), meetingId });
    expect(res.status).toBe(302);
    const posting = await prisma().publicPosting.findFirstOrThrow({ where: { schoolId: c.schoolId } });
    const postingId = posting.id;
    const token = posting.publicToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect([posting.startsOn.toISOString().slice(0, 10), posting.endsOn.toISOString().slice(0, 10), posting.workingDays]).toEqual([
      '2026-11-26',
      '2026-12-02',
      5,
    ]);
    expect(await prisma().auditEvent.count({ where: { action: 'posting.publish', subjectId: postingId } })).toBe(1);
    const page = await secretary.get(`/postings/${postingId}`);
    expect(page.text).toContain('Còn 5 ngày làm việc (đến hết ngày 02/12/2026)');
    expect(page.text).toContain(`/p/${token}`);
    const again = await secretary
      .post('/postings')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), meetingId });
    expect(again.status).toBe(409);
  });

  it('a teacher may not publish (403 with the reason)', async () => {
    const { teacher } = await world();
    const page = await teacher.get('/postings');
    const res = await teacher
      .post('/postings')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), meetingId: crypto.randomUUID() });
    expect(res.status).toBe(403);
  });
});

describe('comments', () => {
  it('as a teacher signed in, a comment is taken pending and shown only to its author and the moderators', async () => {
    const w = await world();
    const { teacher, built } = w;
    const { postingId, token } = await published(w);
    const page = await teacher.get(`/postings/${postingId}`);
    expect(page.status).toBe(200);
    const empty = await teacher
      .post(`/postings/${postingId}/comments`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), body: '   ' });
    expect(empty.status).toBe(422);
    const res = await teacher
      .post(`/postings/${postingId}/comments`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), body: 'Đồng ý với danh sách.' });
    expect(res.status).toBe(302);
    expect((await teacher.get(`/postings/${postingId}`)).text).toContain('Chờ xem xét');
    expect((await agentFor(built.app).get(`/p/${token}`)).text).not.toContain('Đồng ý với danh sách.');
  });

  it('the token is the only way in: the staff page asks for a login, a wrong token or the posting id is not found', async () => {
    const w = await world();
    const { built } = w;
    const { postingId, token } = await published(w);
    const anonymous = agentFor(built.app);
    expect((await anonymous.get(`/postings/${postingId}`)).status).toBe(302);
    expect((await anonymous.get(`/p/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await anonymous.get(`/p/${postingId}`)).status).toBe(404);
    const page = await anonymous.get(`/p/${token}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ứng viên 01');
    expect(page.text).toContain('Còn 5 ngày làm việc');
  });

  it('a parent comments through the link: no account, no session row, no session cookie; the comment waits for moderation', async () => {
    const w = await world();
    const { built } = w;
    const { postingId, token } = await published(w);
    const before = await sessions();
    const parent = agentFor(built.app);
    const page = await parent.get(`/p/${token}`);
    expect(String(page.headers['set-cookie'] ?? '')).not.toContain('thidua.sid');
    const bad = await parent
      .post(`/p/${token}`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), name: '', contact: '', body: 'Nội dung giữ lại' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Nội dung giữ lại');
    const res = await parent
      .post(`/p/${token}`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), name: 'Phụ huynh lớp 3A', contact: '0912 345 678', body: 'Cô Ứng viên 01 rất tận tâm với học sinh.' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/p/${token}?sent=1#comments`);
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('thidua.sid');
    expect((await parent.get(`/p/${token}?sent=1`)).text).toContain('Cảm ơn bạn đã góp ý');
    expect(await sessions()).toBe(before);
    const stored = await prisma().postingComment.findFirstOrThrow({ where: { postingId, source: 'public' } });
    expect(stored).toMatchObject({ status: 'pending', authorUserId: null, contact: '0912 345 678' });
    expect(stored.addressHash).toMatch(/^[0-9a-f]{64}$/); // the address itself is not kept
  });

  it('as secretary, a rejection needs its reason; an accepted comment appears on the public page with the answer; both audited', async () => {
    const w = await world();
    const { secretary, built } = w;
    const { postingId, token } = await published(w);
    await teacherComments(w, postingId);
    await parentComments(w, token);
    const comment = await prisma().postingComment.findFirstOrThrow({ where: { postingId, source: 'public' } });
    const staff = await prisma().postingComment.findFirstOrThrow({ where: { postingId, source: 'staff' } });
    const page = await secretary.get(`/postings/${postingId}`);
    expect(page.text).toContain('0912 345 678'); // contacts for the moderators only
    const url = (id: string) => `/postings/${postingId}/comments/${id}/moderate`;
    const noReason = await secretary
      .post(url(staff.id))
      .type('form')
      .send({ _csrf: csrfFrom(page.text), decision: 'rejected', note: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Ghi lý do không tiếp nhận ý kiến.');
    const ok = await secretary
      .post(url(comment.id))
      .type('form')
      .send({ _csrf: csrfFrom(page.text), decision: 'accepted', note: 'Hội đồng ghi nhận ý kiến.' });
    expect(ok.status).toBe(302);
    const twice = await secretary
      .post(url(comment.id))
      .type('form')
      .send({ _csrf: csrfFrom(page.text), decision: 'rejected', note: 'x' });
    expect(twice.status).toBe(409);
    const publicPage = await agentFor(built.app).get(`/p/${token}`);
    expect(publicPage.text).toContain('Cô Ứng viên 01 rất tận tâm với học sinh.');
    expect(publicPage.text).toContain('Hội đồng ghi nhận ý kiến.');
    expect(publicPage.text).not.toContain('0912 345 678');
    expect(await prisma().auditEvent.count({ where: { action: 'posting.comment.accept', subjectId: comment.id } })).toBe(1);
  });

  it('the dossier receives the year’s accepted comments with the council’s answer', async () => {
    const w = await world();
    const { c, secretary } = w;
    const { postingId, token } = await published(w);
    await parentComments(w, token);
    const comment = await prisma().postingComment.findFirstOrThrow({ where: { postingId, source: 'public' } });
    const page = await secretary.get(`/postings/${postingId}`);
    const accepted = await secretary
      .post(`/postings/${postingId}/comments/${comment.id}/moderate`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), decision: 'accepted', note: 'Hội đồng ghi nhận ý kiến.' });
    expect(accepted.status).toBe(302);
    const comments = await postingCommentsForDossier(prisma(), c.schoolId, 2026);
    expect(comments).toEqual([
      {
        receivedOn: { year: 2026, month: 11, day: 26 },
        author: 'Phụ huynh lớp 3A (ý kiến công khai)',
        text: 'Cô Ứng viên 01 rất tận tâm với học sinh.',
        response: 'Hội đồng ghi nhận ý kiến.',
      },
    ]);
    expect(await postingCommentsForDossier(prisma(), c.schoolId, 2025)).toBeNull();
  });
});

describe('rate limit', () => {
  it('per posting: after 100 public comments within the hour the next is refused (429, Vietnamese message, input kept)', async () => {
    const { c, clock, built } = await world();
    const { approval } = await buildApproval(prisma(), c, 1);
    const chair = await prisma().user.findFirstOrThrow({ where: { staffId: c.chair.staffId } });
    const busy = await buildPosting(prisma(), {
      schoolId: c.schoolId,
      approvalId: approval.id,
      publishedById: chair.id,
      startsOn: '2026-11-25',
      endsOn: '2026-12-01',
    });
    await prisma().postingComment.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        schoolId: c.schoolId,
        postingId: busy.id,
        source: 'public' as const,
        authorName: `Người ${i}`,
        body: 'Ý kiến',
        addressHash: `h${i}`,
        createdAt: new Date(clock.now.getTime() - 60_000),
      })),
    });
    const res = await postPublic(agentFor(built.app), busy.publicToken, { name: 'Ban đại diện cha mẹ học sinh', contact: '', body: 'Ý kiến thứ 101' });
    expect(res.status).toBe(429);
    expect(res.text).toContain('Danh sách này đang nhận quá nhiều ý kiến. Vui lòng thử lại sau 60 phút.');
    expect(res.text).toContain('Ý kiến thứ 101');
    expect(await prisma().postingComment.count({ where: { postingId: busy.id } })).toBe(100);
    // The hit is a security event (security.md 16.3.1–16.3.4), with the path and not the comment's text.
    const hits = built.logs.filter((l) => l.includes('"event":"rate.limited"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(hits).toEqual([expect.objectContaining({ type: 'security', path: `/p/${busy.publicToken}`, reason: 'posting.limit.perPosting' })]);
    expect(hits[0]).not.toHaveProperty('body');
  });

  it('per address: the sixth comment within the hour from one address is refused; another address is not; an hour later it is taken', async () => {
    // Six hours after the other tests' clocks: the per-address limit counts every posting's comments from the address.
    const w = await world('2026-11-26T09:00:00Z');
    const { c, clock, built } = w;
    const { postingId, token } = await published(w);
    await parentComments(w, token); // the address's first comment within the hour
    const agent = agentFor(built.app);
    for (let i = 0; i < 4; i++) expect((await postPublic(agent, token, { name: 'Phụ huynh', contact: '', body: `Ý kiến ${i}` })).status).toBe(303);
    const refused = await postPublic(agent, token, { name: 'Phụ huynh', contact: '', body: 'Ý kiến thứ sáu' });
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau 60 phút.');
    const ctx = { actor: { id: null, schoolId: c.schoolId }, now: clock.now };
    await expect(
      addPostingComment(prisma(), ctx, postingId, { source: 'public', name: 'Tổ dân phố 5', contact: null, address: '10.0.0.2' }, 'Đồng ý'),
    ).resolves.toBeTypeOf('string');
    clock.advance(61 * 60_000);
    expect((await postPublic(agent, token, { name: 'Phụ huynh', contact: '', body: 'Một giờ sau' })).status).toBe(303);
  });
});

describe('end of the period', () => {
  it('open until 23:59 of the last day in Vietnam; from midnight the page says closed and refuses comments (409), staff too', async () => {
    const w = await world();
    const { clock, built, teacherName } = w;
    const { postingId, token } = await published(w);
    clock.set('2026-12-02T16:59:00Z');
    const anonymous = agentFor(built.app);
    const open = await anonymous.get(`/p/${token}`);
    expect(open.text).toContain('Còn 1 ngày làm việc');
    const teacher = agentFor(built.app); // the clock moved past the idle timeout: a new sign-in
    await loginAs(teacher, teacherName, TEST_PASSWORD);
    const page = await teacher.get(`/postings/${postingId}`);
    clock.set('2026-12-02T17:00:00Z');
    const form = await anonymous.get(`/p/${token}`);
    expect(form.text).toContain('Đã hết thời gian công khai');
    expect(form.text).not.toContain('name="body"');
    const before = await prisma().postingComment.count();
    const res = await anonymous
      .post(`/p/${token}`)
      .type('form')
      .send({ _csrf: csrfFrom(open.text), name: 'Muộn', contact: '', body: 'Gửi muộn' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Đã hết thời gian công khai: không nhận thêm ý kiến.');
    const staff = await teacher
      .post(`/postings/${postingId}/comments`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), body: 'Gửi muộn' });
    expect(staff.status).toBe(409);
    expect(await prisma().postingComment.count()).toBe(before);
  });
});
