// More pass than the quota allows: ranked by votes; on equal votes a woman ranks first where the rule set says so
// (NĐ 152/2025 Điều 4 khoản 6); a tie that remains is broken by the chair on the approval page, over HTTP.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { castVote } from '../../src/features/ballot/castVote.ts';
import { closeRound } from '../../src/features/ballot/closeRound.ts';
import { openRound } from '../../src/features/ballot/openRound.ts';
import { buildStaff, TEST_PASSWORD } from '../support/factories.ts';
import { buildCouncil, buildMeeting, buildNominations, type CouncilFixture } from '../support/ballotFixtures.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let council: CouncilFixture;
let meetingId: string;
let chair: TestAgent;
const ids: Record<'manA' | 'manB' | 'woman' | 'man', string> = { manA: '', manB: '', woman: '', man: '' };

/** Opens a round with quota 1 and has every member vote: `agreeBy(i)` says which nominees member i supports. */
async function vote(code: 'LDTT' | 'CSTDCS', nominees: string[], agreeBy: (member: number, nominee: string) => boolean) {
  const ctx = { actor: { id: null, schoolId: council.schoolId }, now: new Date('2026-11-20T08:00:00Z') };
  const roundId = await openRound(db.current.prisma, ctx, { meetingId, code, mode: 'screen', quota: 1 });
  for (const [i, m] of council.all.entries()) {
    const choices = new Map(nominees.map((n) => [n, agreeBy(i, n) ? ('agree' as const) : ('disagree' as const)]));
    await castVote(db.current.prisma, ctx, { roundId, staffId: m.staffId, choices });
  }
  await closeRound(db.current.prisma, ctx, roundId);
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  council = await buildCouncil(prisma, 5);
  const staff = async (fullName: string, gender: 'male' | 'female') => (await buildStaff(prisma, council.schoolId, { fullName, gender })).id;
  const [manA, manB, woman, man] = [
    await staff('Trần Văn An', 'male'),
    await staff('Lê Văn Bình', 'male'),
    await staff('Đỗ Thị Cúc', 'female'),
    await staff('Phan Văn Dũng', 'male'),
  ];
  const [a, b] = await buildNominations(prisma, council, 'LDTT', 2, { staffIds: [manA, manB] });
  const [w, m] = await buildNominations(prisma, council, 'CSTDCS', 2, { staffIds: [woman, man] });
  Object.assign(ids, { manA: a, manB: b, woman: w, man: m });
  meetingId = (await buildMeeting(prisma, council)).id;
  // LĐTT: both men get 4 of 5 (a tie across the quota line of 1). CSTĐCS: the woman and the man both get 5 of 5.
  await vote('LDTT', [ids.manA, ids.manB], (i, n) => (n === ids.manA ? i !== 0 : i !== 1));
  await vote('CSTDCS', [ids.woman, ids.man], () => true);
  chair = agentFor(buildTestApp(db.current).app);
  await loginAs(chair, council.chair.username, TEST_PASSWORD);
});

describe('tie at a quota line', () => {
  it('the approval page asks the chair to order the tied men; the equal woman and man need no decision', async () => {
    const page = await chair.get(`/meetings/${meetingId}/approve`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Chủ tịch quyết định khi bằng phiếu');
    expect(page.text).toContain(`value="${ids.manA}"`);
    expect(page.text).toContain(`value="${ids.manB}"`);
    expect(page.text).not.toContain(`value="${ids.woman}"`);
    expect(page.text).not.toContain(`value="${ids.man}"`);
  });

  it('approving without the chair’s order is refused (409), nothing is frozen', async () => {
    const page = await chair.get(`/meetings/${meetingId}`);
    const res = await chair
      .post(`/meetings/${meetingId}/approve`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Chủ tịch cần quyết định thứ tự');
    expect(await db.current.prisma.nominationApproval.count({ where: { meetingId } })).toBe(0);
  });

  it('the chair puts Bình first: Bình within the quota, An outside; the woman ranks before the man', async () => {
    const ordered = await chair.get(`/meetings/${meetingId}/approve`).query({ order: ids.manB });
    expect(ordered.status).toBe(200);
    expect(ordered.text).not.toContain('Chủ tịch quyết định khi bằng phiếu');
    const res = await chair
      .post(`/meetings/${meetingId}/approve`)
      .type('form')
      .send({ _csrf: csrfFrom(ordered.text), order: ids.manB });
    expect(res.status).toBe(302);
    const status = async (id: string) => (await db.current.prisma.nomination.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(ids.manB), await status(ids.manA)]).toEqual(['approved', 'not_approved']);
    expect([await status(ids.woman), await status(ids.man)]).toEqual(['approved', 'not_approved']);
    const approval = await db.current.prisma.nominationApproval.findUniqueOrThrow({ where: { meetingId } });
    expect(approval.list).toMatchObject({ chairOrder: [ids.manB] });
  });
});
