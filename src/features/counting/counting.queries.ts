// What the counting page shows a committee member: the round's roll (who already returned a ballot, on screen or on
// paper, like a sign-in sheet), the paper batches (no member on them; their marks only while awaiting a second
// member's confirmation) and the written opinions.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findRound } from '../meetings/meetings.queries.ts';
import { paperTotalsOf } from './paperTotals.ts';

/** The round (404 when not of this school and meeting) with everything the counting page needs. */
export async function countingOf(prisma: PrismaClient, schoolId: string, meetingId: string, roundId: string, staffId: string | null) {
  const round = await findRound(prisma, schoolId, meetingId, roundId, staffId);
  const [attendance, eligible, participated, paper, written] = await Promise.all([
    prisma.meetingAttendance.findMany({ where: { meetingId: round.meetingId, schoolId }, include: { staff: { select: { fullName: true } } } }),
    prisma.roundEligibility.findMany({ where: { roundId }, include: { staff: { select: { fullName: true } } } }),
    prisma.ballotParticipation.findMany({ where: { roundId }, select: { staffId: true, channel: true } }),
    prisma.paperCount.findMany({ where: { roundId }, orderBy: { id: 'asc' } }),
    prisma.writtenOpinionTotal.findMany({ where: { roundId } }),
  ]);
  const nameOf = new Map(attendance.map((a) => [a.staffId, a.staff.fullName]));
  const channelOf = new Map(participated.map((p) => [p.staffId, p.channel]));
  const returned = participated.filter((p) => p.channel === 'paper').length;
  return {
    round,
    onCommittee: attendance.some((a) => a.staffId === staffId && a.counter),
    committee: attendance.filter((a) => a.counter).map((a) => a.staff.fullName),
    writtenSenders: attendance.filter((a) => !a.present && a.writtenOpinion).map((a) => a.staff.fullName),
    members: eligible
      .map((e) => ({ staffId: e.staffId, fullName: e.staff.fullName, channel: channelOf.get(e.staffId) ?? null }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi')),
    returned,
    inBatches: paper.reduce((sum, p) => sum + p.papers, 0),
    paper: paper.map((p) => ({
      id: p.id,
      papers: p.papers,
      ballotsIssued: p.ballotsIssued,
      ballotsValid: p.ballotsValid,
      totals: p.totals === null ? null : paperTotalsOf(p.totals),
      enteredBy: nameOf.get(p.enteredById) ?? '',
      enteredById: p.enteredById,
      confirmedBy: p.confirmedById ? (nameOf.get(p.confirmedById) ?? '') : null,
    })),
    written: written.length
      ? {
          rows: written,
          enteredBy: nameOf.get(written[0]!.enteredById) ?? '',
          enteredById: written[0]!.enteredById,
          confirmedBy: written[0]!.confirmedById ? (nameOf.get(written[0]!.confirmedById) ?? '') : null,
        }
      : null,
  };
}
