// Command: record the handling of a complaint (status, assignee, day of acceptance, outcome). Under the row lock, a
// settled case is final; settling sets the settled date to today (Vietnam); entering or changing the day the case
// was accepted (thụ lý) moves the deadline to the settling time counted from it (complaintDeadline).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { complaintDeadline, deadlineBasisRecord } from '../../domain/complaints/complaintDeadline.ts';
import { conflict, notFound } from '../../domain/refusal.ts';
import { AppError, refusalError } from '../../errors.ts';
import { councilRollOn } from '../meetings/councilRoll.ts';
import type { HandlingInput } from './complaints.schemas.ts';

/** Updates the handling of complaint `id`. */
export async function handleComplaint(prisma: PrismaClient, ctx: CommandContext, id: string, input: HandlingInput): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      Array<{
        status: string;
        assigneeStaffId: string | null;
        outcome: string | null;
        acceptedOn: Date | null;
        receivedOn: Date;
        kind: 'khieu_nai' | 'to_cao' | 'kien_nghi';
        complex: boolean;
        remoteArea: boolean;
      }>
    >`
      SELECT status::text AS status, "assigneeStaffId", outcome, "acceptedOn", "receivedOn", kind::text AS kind, complex, "remoteArea"
      FROM "Complaint" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) throw refusalError(notFound());
    if (row.status === 'settled') throw refusalError(conflict('complaints.refusal.settled'));
    if (input.assigneeStaffId && input.assigneeStaffId !== row.assigneeStaffId) {
      const council = await councilRollOn(tx, schoolId, ctx.now);
      if (!council.some((m) => m.staffId === input.assigneeStaffId))
        throw new AppError('unprocessable', 'complaints.form.assigneeNotCouncil', { field: 'assigneeStaffId' });
    }
    const acceptedOn = input.acceptedOn ?? row.acceptedOn;
    if (acceptedOn && acceptedOn.getTime() < row.receivedOn.getTime())
      throw new AppError('unprocessable', 'complaints.form.acceptedBeforeReceived', { field: 'acceptedOn' });
    if (acceptedOn && acceptedOn.getTime() > vietnamDay(ctx.now).getTime())
      throw new AppError('unprocessable', 'complaints.form.acceptedFuture', { field: 'acceptedOn' });
    const deadline = complaintDeadline(row.kind, row.receivedOn, acceptedOn, row);
    const before = { status: row.status, assigneeStaffId: row.assigneeStaffId, outcome: row.outcome, acceptedOn: row.acceptedOn };
    const after = { status: input.status, assigneeStaffId: input.assigneeStaffId, outcome: input.outcome, acceptedOn };
    await tx.complaint.update({
      where: { id },
      data: {
        ...after,
        dueOn: deadline.dueOn,
        deadlineBasis: deadlineBasisRecord(deadline),
        settledOn: input.status === 'settled' ? vietnamDay(ctx.now) : null,
      },
    });
    await recordEvent(tx, ctx, { action: 'complaint.handle', subject: 'Complaint', subjectId: id, before, after });
  });
}
