// Command: the attendance sheet (present / absent with reason / written opinion sent) and the vote-counting
// committee. Locked against opening a round at the same time: once a round is open the roll is fixed.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import type { AttendanceRow } from './meetings.schemas.ts';

/** Saves the attendance of every member on the roll. */
export async function recordAttendance(prisma: PrismaClient, ctx: CommandContext, meetingId: string, rows: readonly AttendanceRow[]): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  for (const r of rows) {
    if (!r.present && !r.absenceReason) throw new AppError('unprocessable', 'meetings.form.absenceReason', { field: `reason-${r.staffId}` });
    if (r.present && r.writtenOpinion) throw new AppError('unprocessable', 'meetings.form.writtenOnlyAbsent', { field: `written-${r.staffId}` });
  }
  await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status::text FROM "Meeting" WHERE id = ${meetingId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
    if ((await tx.ballotRound.count({ where: { meetingId } })) > 0) throw new AppError('conflict', 'meetings.refusal.rollFixed');
    const before = await tx.meetingAttendance.findMany({ where: { meetingId }, orderBy: { staffId: 'asc' } });
    for (const r of rows) {
      if (!before.some((b) => b.staffId === r.staffId)) throw new AppError('bad_request', 'error.badRequest.body');
      await tx.meetingAttendance.update({
        where: { meetingId_staffId: { meetingId, staffId: r.staffId } },
        data: { present: r.present, absenceReason: r.present ? null : r.absenceReason, writtenOpinion: r.writtenOpinion, counter: r.counter },
      });
    }
    await recordEvent(tx, ctx, { action: 'meeting.attendance', subject: 'Meeting', subjectId: meetingId, before, after: rows });
  });
}
