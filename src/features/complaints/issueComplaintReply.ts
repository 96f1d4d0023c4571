// Command: issue the reply letter (công văn trả lời, CV) of a settled complaint: numbered in the school's register
// and snapshot at issue (PDF and DOCX render from the snapshot). Under the complaint's row lock: issued once.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { complaintReplyDocument } from '../../documents/complaints/complaintReplyDocument.ts';
import { vietnamDay, vietnamDayParts } from '../../domain/calendarDay.ts';
import { conflict, notFound } from '../../domain/refusal.ts';
import { refusalError } from '../../errors.ts';
import { formatDate } from '../../i18n/index.ts';
import { vi } from '../../i18n/vi.ts';
import { councilRollOn } from '../meetings/councilRoll.ts';
import { issueDocument } from '../register/issueDocument.ts';
import { findComplaint } from './complaints.queries.ts';

const KIND_NAME: Record<string, string> = { khieu_nai: 'đơn khiếu nại', to_cao: 'đơn tố cáo', kien_nghi: 'đơn kiến nghị, phản ánh' };
const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;

/** Issues the reply of complaint `id`; returns the register row's id. */
export async function issueComplaintReply(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Complaint" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw refusalError(notFound());
    const c = await findComplaint(tx, schoolId, id);
    if (c.replyDocumentId) throw refusalError(conflict('complaints.refusal.replied'));
    if (c.status !== 'settled' || !c.outcome) throw refusalError(conflict('complaints.refusal.notSettled'));
    const [school, council] = await Promise.all([tx.school.findUniqueOrThrow({ where: { id: schoolId } }), councilRollOn(tx, schoolId, ctx.now)]);
    const basis = c.deadlineBasis as { document?: unknown; article?: unknown } | null;
    const n = c.nomination;
    const about = n
      ? `việc đề nghị ${n.staff?.fullName ?? n.collective?.name ?? ''} ${AWARD(n.code)}`
      : `danh sách đề nghị khen thưởng được phê duyệt tại cuộc họp ngày ${formatDate(c.approval?.meeting.heldOn ?? c.receivedOn)}`;
    const doc = await issueDocument(tx, ctx, {
      type: 'CV',
      title: `Công văn trả lời ${KIND_NAME[c.kind] ?? 'đơn'} của ${c.senderName}`,
      issuedOn: vietnamDay(ctx.now),
      issuerCode: school.documentPrefix,
      subject: 'Complaint',
      subjectId: c.id,
      kind: 'complaintReply',
      build: ({ symbol, date }) =>
        complaintReplyDocument({
          school: { name: school.name, governingBody: school.governingBody, placeName: school.placeName },
          symbol,
          date,
          sender: c.senderName,
          receivedOn: vietnamDayParts(c.receivedOn),
          kindName: KIND_NAME[c.kind] ?? 'đơn',
          about,
          summary: c.summary,
          basis: basis && typeof basis.document === 'string' ? `${basis.document}, ${String(basis.article)}` : 'quy định của pháp luật',
          outcome: c.outcome!,
          headName: council.find((m) => m.role === 'chair')?.fullName ?? '',
        }),
    });
    await tx.complaint.update({ where: { id: c.id }, data: { replyDocumentId: doc.id } });
    await recordEvent(tx, ctx, { action: 'complaint.reply', subject: 'Complaint', subjectId: c.id, after: { symbol: doc.symbol } });
    return doc.id;
  });
}
