// Issue 13, races: N identical concurrent posts (N = 2, 10, 50) of the counting committee's confirmation of a paper
// batch and of the manual nomination form have exactly one effect, and every response is 2xx/3xx.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { openRound } from '../../../src/features/ballot/openRound.ts';
import { enterPaperCount } from '../../../src/features/counting/enterPaperCount.ts';
import { recordPaperReturns } from '../../../src/features/counting/recordPaperReturns.ts';
import { buildCouncil, buildMeeting, buildNominations, type CouncilFixture } from '../../support/ballotFixtures.ts';
import { concurrentPosts, expectCleanRaceResponses } from '../../support/concurrentPosts.ts';
import { buildStaff, TEST_PASSWORD } from '../../support/factories.ts';
import { agentFor, buildTestApp, loginAs } from '../../support/testApp.ts';
import { useTestDatabase } from '../../support/testDatabase.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
let c: CouncilFixture;
let roundId: string;
let nominees: string[];
let countingUrl: string;
let confirmer: TestAgent;
let secretary: TestAgent;
const ctx = () => ({ actor: { id: null, schoolId: c.schoolId }, now: new Date('2026-11-20T08:00:00Z') });
const tallyTotal = async () => (await prisma().ballotTally.findMany({ where: { roundId } })).reduce((s, t) => s + t.count, 0);

beforeAll(async () => {
  const { app } = buildTestApp(db.current);
  c = await buildCouncil(prisma(), 6);
  nominees = await buildNominations(prisma(), c, 'CSTDCS', 2);
  const meeting = await buildMeeting(prisma(), c);
  await prisma().meetingAttendance.updateMany({
    where: { meetingId: meeting.id, staffId: { in: [c.members[0]!.staffId, c.members[1]!.staffId] } },
    data: { counter: true },
  });
  roundId = await openRound(prisma(), ctx(), { meetingId: meeting.id, code: 'CSTDCS', mode: 'paper', quota: null });
  countingUrl = `/meetings/${meeting.id}/rounds/${roundId}/counting`;
  // Three members returned paper; each race confirms a batch of one of them.
  await recordPaperReturns(prisma(), ctx(), roundId, [c.chair.staffId, c.secretary.staffId, c.members[2]!.staffId]);
  confirmer = agentFor(app);
  await loginAs(confirmer, c.members[1]!.username, TEST_PASSWORD);
  secretary = agentFor(app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
}, 120_000);

describe.each([2, 10, 50])('%i identical concurrent posts', (n) => {
  it('confirming a paper batch: counted once (counters up by one paper per nominee), one audit row', async () => {
    const countId = await enterPaperCount(prisma(), ctx(), roundId, c.members[0]!.staffId, {
      papers: 1,
      ballotsIssued: 1,
      ballotsValid: 1,
      totals: new Map(nominees.map((id) => [id, { agree: 1, disagree: 0, blank: 0 }])),
    });
    const before = await tallyTotal();
    const res = await concurrentPosts({ agent: confirmer, page: countingUrl }, `${countingUrl}/paper/${countId}/confirm`, {}, n);
    expectCleanRaceResponses(res, []);
    expect(await tallyTotal()).toBe(before + nominees.length);
    expect((await prisma().paperCount.findUniqueOrThrow({ where: { id: countId } })).confirmedById).toBe(c.members[1]!.staffId);
    expect(await prisma().auditEvent.count({ where: { action: 'ballot.paper.confirm', after: { path: ['paperCountId'], equals: countId } } })).toBe(1);
  });

  it('the manual nomination form: one nomination, one audit row', async () => {
    const candidate = await buildStaff(prisma(), c.schoolId, { fullName: `Người được đề nghị ${n}` });
    const form = {
      candidate: `staff:${candidate.id}`,
      code: 'LDTT',
      kind: 'dot_xuat',
      summary: 'Cứu học sinh đuối nước.',
      justification: 'Hành động dũng cảm, địa phương đã ghi nhận bằng văn bản.',
    };
    const res = await concurrentPosts({ agent: secretary, page: '/nominations/new' }, '/nominations', form, n);
    expectCleanRaceResponses(res, []);
    const made = await prisma().nomination.findMany({ where: { staffId: candidate.id } });
    expect(made.length).toBe(1);
    expect(await prisma().auditEvent.count({ where: { action: 'nomination.create', subjectId: made[0]!.id } })).toBe(1);
  });
});
