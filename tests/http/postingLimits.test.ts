// Limits of the public posting (issue 13 point 6): public comments are rate-limited per posting and per address, and
// the posting closes at the end of its last day in Vietnam. Every test builds its own council, approved list and clock,
// and publishes and comments over HTTP as far as it needs, so each passes alone and in any order.
import { describe, expect, it } from 'vitest';
import { addPostingComment } from '../../src/features/posting/addPostingComment.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildApproval, buildPosting } from '../support/postingFactories.ts';
import { parentComments, postingWorld, postPublic, published } from '../support/postingWorld.ts';
import { agentFor, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

const prisma = () => db.current.prisma;
const world = (at?: string) => postingWorld(db, at);

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
