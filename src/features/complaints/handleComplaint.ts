// Command: record the handling of a complaint (status, assignee, outcome). Under the row lock, a settled case is
// final; settling sets the settled date to today (Vietnam).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { conflict, notFound } from '../../domain/refusal.ts';
import { AppError, refusalError } from '../../errors.ts';
import { councilRollOn } from '../meetings/councilRoll.ts';
import type { HandlingInput } from './complaints.schemas.ts';

/** Updates the handling of complaint `id`. */
export async function handleComplaint(prisma: PrismaClient, ctx: CommandContext, id: string, input: HandlingInput): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: string; assigneeStaffId: string | null; outcome: string | null }>>`
      SELECT status::text AS status, "assigneeStaffId", outcome FROM "Complaint"
      WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw refusalError(notFound());
    if (before.status === 'settled') throw refusalError(conflict('complaints.refusal.settled'));
    if (input.assigneeStaffId && input.assigneeStaffId !== before.assigneeStaffId) {
      const council = await councilRollOn(tx, schoolId, ctx.now);
      if (!council.some((m) => m.staffId === input.assigneeStaffId))
        throw new AppError('unprocessable', 'complaints.form.assigneeNotCouncil', { field: 'assigneeStaffId' });
    }
    const after = { status: input.status, assigneeStaffId: input.assigneeStaffId, outcome: input.outcome };
    await tx.complaint.update({
      where: { id },
      data: { ...after, settledOn: input.status === 'settled' ? vietnamDay(ctx.now) : null },
    });
    await recordEvent(tx, ctx, { action: 'complaint.handle', subject: 'Complaint', subjectId: id, before, after });
  });
}
