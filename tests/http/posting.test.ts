// Public posting of the approved list (issue 13 point 6): published for the rule set's working days, staff comment
// signed in, anyone with the link comments without an account or a session, moderated; accepted comments feed the
// dossier. The rate limits and the end of the period are tests/http/postingLimits.test.ts. Every test builds its own
// council, approved list and clock, and publishes and comments over HTTP as far as it needs, so each passes alone.
import { describe, expect, it } from 'vitest';
import { postingCommentsForDossier } from '../../src/features/posting/postingCommentsForDossier.ts';
import { parentComments, postingWorld, published, teacherComments } from '../support/postingWorld.ts';
import { agentFor, csrfFrom } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

const prisma = () => db.current.prisma;
const sessions = async () => Number((await db.current.pool.query<{ n: string }>('SELECT count(*) AS n FROM session')).rows[0]!.n);
const world = (at?: string) => postingWorld(db, at);

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
