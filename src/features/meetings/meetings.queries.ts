// Scoped reads of meetings and rounds: rows of another school are simply not found (404). No read here returns a
// count of choices for an open round: the counters are read only by closing and by the closed-round result.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';

/** The meeting with its roll (names), or 404. */
export async function findMeeting(prisma: PrismaClient, schoolId: string, id: string) {
  const meeting = await prisma.meeting.findFirst({ where: { id, schoolId }, include: { attendance: true } });
  if (!meeting) throw new AppError('not_found', 'error.notFound.body');
  const staff = await prisma.staff.findMany({
    where: { schoolId, id: { in: meeting.attendance.map((a) => a.staffId) } },
    select: { id: true, fullName: true },
  });
  const names = new Map(staff.map((s) => [s.id, s.fullName]));
  const order = ['chair', 'vice_chair', 'secretary', 'council_member'];
  const roll = meeting.attendance
    .map((a) => ({ ...a, fullName: names.get(a.staffId) ?? '' }))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.fullName.localeCompare(b.fullName, 'vi'));
  return { meeting, roll };
}

/** The state a meeting policy needs: how many rounds were opened, whether the list is approved. */
export async function meetingFacts(prisma: PrismaClient, meeting: { id: string; status: string }) {
  return { roundsOpened: await prisma.ballotRound.count({ where: { meetingId: meeting.id } }), approved: meeting.status === 'approved' };
}

/** The meeting's rounds with nominees (names, verdicts), how many returned a ballot, and whether `staffId` did. */
export async function roundsOf(prisma: PrismaClient, schoolId: string, meetingId: string, staffId: string | null) {
  const rounds = await prisma.ballotRound.findMany({
    where: { schoolId, meetingId },
    orderBy: { openedAt: 'asc' },
    include: {
      nominees: {
        orderBy: { position: 'asc' },
        include: { nomination: { include: { staff: { select: { fullName: true } }, collective: { select: { name: true } } } } },
      },
      _count: { select: { participated: true, eligible: true } },
    },
  });
  const mine = staffId
    ? await prisma.ballotParticipation.findMany({ where: { staffId, roundId: { in: rounds.map((r) => r.id) } }, select: { roundId: true } })
    : [];
  const onRoll = staffId
    ? await prisma.roundEligibility.findMany({ where: { staffId, roundId: { in: rounds.map((r) => r.id) } }, select: { roundId: true } })
    : [];
  return rounds.map((r) => ({
    ...r,
    voted: mine.some((m) => m.roundId === r.id),
    onRoll: onRoll.some((m) => m.roundId === r.id),
    nomineeNames: r.nominees.map((n) => ({
      nominationId: n.nominationId,
      staffId: n.nomination.staffId,
      name: n.nomination.staff?.fullName ?? n.nomination.collective?.name ?? '',
      verdictStatus: n.nomination.verdictStatus,
      justification: n.nomination.justification,
    })),
  }));
}

/** One round of the meeting, or 404. */
export async function findRound(prisma: PrismaClient, schoolId: string, meetingId: string, roundId: string, staffId: string | null) {
  const round = (await roundsOf(prisma, schoolId, meetingId, staffId)).find((r) => r.id === roundId);
  if (!round) throw new AppError('not_found', 'error.notFound.body');
  return round;
}

/** The school year's meetings, newest first. */
export function listMeetings(prisma: PrismaClient, schoolId: string, schoolYearId: string) {
  return prisma.meeting.findMany({ where: { schoolId, schoolYearId }, orderBy: { heldOn: 'desc' } });
}

/** Titles with proposed nominations in the year and no round yet at this meeting. */
export async function titlesToOpen(prisma: PrismaClient, schoolId: string, schoolYearId: string, meetingId: string) {
  const [proposed, opened] = await Promise.all([
    prisma.nomination.groupBy({ by: ['code'], where: { schoolId, schoolYearId, status: 'proposed' }, _count: { _all: true } }),
    prisma.ballotRound.findMany({ where: { meetingId }, select: { code: true } }),
  ]);
  return proposed.filter((p) => !opened.some((o) => o.code === p.code)).map((p) => ({ code: p.code, count: p._count._all }));
}
