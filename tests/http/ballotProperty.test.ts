// Property: over random schedules (3–30 members, 1–10 nominees, repeated submissions, a close racing in-flight
// votes) the closing invariant always holds, and every vote is either counted before the close or refused.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { castVote, type BallotChoice } from '../../src/features/ballot/castVote.ts';
import { closeRound } from '../../src/features/ballot/closeRound.ts';
import { openRound } from '../../src/features/ballot/openRound.ts';
import { buildSchool } from '../support/factories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const OPTIONS: BallotChoice[] = ['agree', 'disagree', 'blank'];

async function setUp(members: number, nominees: number) {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  const staff = Array.from({ length: members + nominees }, (_, i) => ({
    id: randomUUID(),
    schoolId: school.id,
    code: `P${i}`,
    fullName: `Người ${i}`,
    searchName: `nguoi ${i}`,
    gender: 'female' as const,
    position: 'Giáo viên',
    contractType: 'civil_servant' as const,
  }));
  await prisma.staff.createMany({ data: staff });
  const meeting = await prisma.meeting.create({
    data: { schoolId: school.id, schoolYearId: yearOf(2026).id, heldOn: new Date('2026-11-20T00:00:00Z'), startsAt: '14:00', place: 'P', agenda: 'A' },
  });
  const memberIds = staff.slice(0, members).map((s) => s.id);
  await prisma.meetingAttendance.createMany({
    data: memberIds.map((staffId) => ({ meetingId: meeting.id, schoolId: school.id, staffId, role: 'council_member' })),
  });
  await prisma.nomination.createMany({
    data: staff.slice(members).map((s) => ({
      schoolId: school.id,
      schoolYearId: yearOf(2026).id,
      staffId: s.id,
      code: 'CSTDCS',
      verdict: {},
      verdictStatus: 'eligible',
    })),
  });
  const ctx = { actor: { id: null, schoolId: school.id }, now: new Date('2026-11-20T08:00:00Z') };
  const roundId = await openRound(prisma, ctx, { meetingId: meeting.id, code: 'CSTDCS', mode: 'screen', quota: null });
  const nomineeIds = (await prisma.roundNominee.findMany({ where: { roundId }, orderBy: { position: 'asc' } })).map((n) => n.nominationId);
  return { ctx, roundId, memberIds, nomineeIds };
}

const schedule = fc
  .record({ members: fc.integer({ min: 3, max: 30 }), nominees: fc.integer({ min: 1, max: 10 }), seed: fc.integer() })
  .chain(({ members, nominees, seed }) =>
    fc.record({
      members: fc.constant(members),
      nominees: fc.constant(nominees),
      seed: fc.constant(seed),
      ballots: fc.array(fc.array(fc.constantFrom(...OPTIONS), { minLength: nominees, maxLength: nominees }), { minLength: members, maxLength: members }),
      attempts: fc.array(fc.integer({ min: 0, max: members - 1 }), { minLength: 1, maxLength: members * 2 }),
      closeAt: fc.integer({ min: 0, max: members * 2 }),
    }),
  );

describe('ballot invariant under random schedules', () => {
  it('never breaks; every vote is counted before the close or refused', async () => {
    await fc.assert(
      fc.asyncProperty(schedule, async (s) => {
        const prisma = db.current.prisma;
        const { ctx, roundId, memberIds, nomineeIds } = await setUp(s.members, s.nominees);
        const vote = (m: number) =>
          castVote(prisma, ctx, { roundId, staffId: memberIds[m]!, choices: new Map(nomineeIds.map((id, i) => [id, s.ballots[m]![i]!])) });
        const inFlight: Array<Promise<'recorded' | 'already'>> = [];
        let close: Promise<unknown> | undefined;
        s.attempts.forEach((m, i) => {
          if (i === s.closeAt) close = closeRound(prisma, ctx, roundId);
          inFlight.push(vote(m));
        });
        close ??= closeRound(prisma, ctx, roundId);
        const outcomes = await Promise.allSettled(inFlight);
        await close;
        // Anything still arriving after the close is refused.
        await expect(vote(0)).rejects.toMatchObject({ code: 'conflict', userMessage: 'ballot.refusal.roundClosed' });

        const recordedMembers = new Set<number>();
        outcomes.forEach((o, i) => {
          if (o.status === 'fulfilled') {
            if (o.value === 'recorded') {
              expect(recordedMembers.has(s.attempts[i]!)).toBe(false);
              recordedMembers.add(s.attempts[i]!);
            }
          } else {
            expect(o.reason).toBeInstanceOf(AppError);
            expect(o.reason).toMatchObject({ code: 'conflict', userMessage: 'ballot.refusal.roundClosed' });
          }
        });
        const round = await prisma.ballotRound.findUniqueOrThrow({ where: { id: roundId } });
        const participants = await prisma.ballotParticipation.count({ where: { roundId } });
        expect(round.status).toBe('closed');
        expect(round.participants).toBe(participants);
        expect(participants).toBe(recordedMembers.size);
        const tallies = await prisma.ballotTally.findMany({ where: { roundId } });
        nomineeIds.forEach((id, i) => {
          for (const option of OPTIONS) {
            const expected = [...recordedMembers].filter((m) => s.ballots[m]![i] === option).length;
            expect(tallies.find((t) => t.nominationId === id && t.option === option)?.count).toBe(expected);
          }
          const sum = tallies.filter((t) => t.nominationId === id).reduce((a, t) => a + t.count, 0);
          expect(sum).toBe(participants);
        });
      }),
      { numRuns: 15, seed: 1301 },
    );
  });
});
