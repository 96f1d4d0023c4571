// A school year whose approved list goes to two deciding bodies (NĐ 152/2025): two LĐTT nominees for the ward
// chairman and one CSTĐ Thành phố nominee for the city chairman, voted by the whole council and approved by the
// chair; the starting point of the one-dossier-per-body and tờ trình snapshot tests.
import type { CommandContext } from '../../src/audit/recordEvent.ts';
import { castVote } from '../../src/features/ballot/castVote.ts';
import { closeRound } from '../../src/features/ballot/closeRound.ts';
import { openRound } from '../../src/features/ballot/openRound.ts';
import { approveMeeting } from '../../src/features/meetings/approveMeeting.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildCouncil, buildMeeting, buildNominations } from './ballotFixtures.ts';

export const WARD = 'Chủ tịch UBND phường';
export const CITY = 'Chủ tịch UBND Thành phố Hà Nội';

/** Builds the council, the nominations, both rounds and the approval; returns the ids and the chair's context. */
export async function buildTwoBodySchool(prisma: PrismaClient) {
  const c = await buildCouncil(prisma, 3);
  const chair = await prisma.user.findFirstOrThrow({ where: { username: c.chair.username } });
  const ctx = (now: Date): CommandContext => ({ actor: { id: chair.id, schoolId: c.schoolId }, now });
  const ward = await buildNominations(prisma, c, 'LDTT', 2);
  const city = await buildNominations(prisma, c, 'CSTD_TP', 1);
  await prisma.staff.update({
    where: { id: (await prisma.nomination.findUniqueOrThrow({ where: { id: city[0]! } })).staffId! },
    data: { fullName: 'Đặng Thị Thành Phố' },
  });
  const meeting = await buildMeeting(prisma, c);
  const at = ctx(new Date('2026-11-20T08:00:00Z'));
  for (const [code, ids] of [
    ['LDTT', ward],
    ['CSTD_TP', city],
  ] as const) {
    const roundId = await openRound(prisma, at, { meetingId: meeting.id, code, mode: 'screen', quota: null });
    for (const m of c.all) await castVote(prisma, at, { roundId, staffId: m.staffId, choices: new Map(ids.map((n) => [n, 'agree'])) });
    await closeRound(prisma, at, roundId);
  }
  await approveMeeting(prisma, ctx(new Date('2026-11-21T02:00:00Z')), meeting.id);
  return { ...c, meetingId: meeting.id, ward, city, ctx };
}
