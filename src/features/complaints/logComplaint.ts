// Command: the secretary or the chair logs a letter (đơn thư) against a nomination or an approved list, with its
// legal deadline computed from the law data and kept with its basis, an optional assignee from the council and the
// scanned letter (StoredFile owned by 'Complaint'), all in one transaction with its audit row.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { complaintDeadline, deadlineBasisRecord } from '../../domain/complaints/complaintDeadline.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { storeFile } from '../files/storeFile.ts';
import { councilRollOn } from '../meetings/councilRoll.ts';
import type { ComplaintInput } from './complaints.schemas.ts';

const invalid = (field: string, key = 'form.choose') => new AppError('unprocessable', key, { field });

/** Logs the complaint; returns its id. Refuses (422, beside the field) a subject or assignee outside the school year. */
export async function logComplaint(
  prisma: PrismaClient,
  ctx: CommandContext,
  schoolYearId: string,
  input: ComplaintInput,
  scan: { fileName: string; mimeType: string; bytes: Buffer } | null,
): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  if (input.receivedOn.getTime() > vietnamDay(ctx.now).getTime()) throw invalid('receivedOn', 'complaints.form.receivedFuture');
  return prisma.$transaction(async (tx) => {
    const { type, id } = input.subject;
    const found =
      type === 'nomination'
        ? await tx.nomination.count({ where: { id, schoolId, schoolYearId } })
        : await tx.nominationApproval.count({ where: { id, schoolId, meeting: { schoolYearId } } });
    if (found === 0) throw invalid('subject');
    if (input.assigneeStaffId) {
      const council = await councilRollOn(tx, schoolId, ctx.now);
      if (!council.some((m) => m.staffId === input.assigneeStaffId)) throw invalid('assigneeStaffId', 'complaints.form.assigneeNotCouncil');
    }
    const deadline = complaintDeadline(input.kind, input.receivedOn, null, input);
    const complaint = await tx.complaint.create({
      data: {
        schoolId,
        schoolYearId,
        nominationId: type === 'nomination' ? id : null,
        approvalId: type === 'approval' ? id : null,
        receivedOn: input.receivedOn,
        senderName: input.senderName,
        senderContact: input.senderContact,
        channel: input.channel,
        kind: input.kind,
        summary: input.summary,
        complex: input.complex,
        remoteArea: input.remoteArea,
        dueOn: deadline.dueOn,
        deadlineBasis: deadlineBasisRecord(deadline),
        assigneeStaffId: input.assigneeStaffId,
        status: input.assigneeStaffId ? 'in_progress' : 'received',
        createdById: ctx.actor.id,
        createdAt: ctx.now,
      },
    });
    if (scan) await storeFile(tx, { schoolId, ownerType: 'Complaint', ownerId: complaint.id, ...scan, uploadedBy: ctx.actor.id });
    await recordEvent(tx, ctx, {
      action: 'complaint.log',
      subject: 'Complaint',
      subjectId: complaint.id,
      after: { kind: input.kind, subject: type, dueOn: deadline.dueOn, days: deadline.days, stage: deadline.stage, scan: scan !== null },
    });
    return complaint.id;
  });
}
