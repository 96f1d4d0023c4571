// Command: the secretary or the chair accepts a pending comment (with the council's answer, optional) or rejects it
// (with the reason). Under the comment's row lock, so two moderators cannot both decide it.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { conflict, notFound } from '../../domain/refusal.ts';
import { refusalError } from '../../errors.ts';

/** Moderates comment `commentId` of posting `postingId`. */
export async function moderatePostingComment(
  prisma: PrismaClient,
  ctx: CommandContext,
  postingId: string,
  commentId: string,
  decision: { decision: 'accepted' | 'rejected'; note: string | null },
): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status::text AS status FROM "PostingComment"
      WHERE id = ${commentId}::uuid AND "postingId" = ${postingId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) throw refusalError(notFound());
    if (row.status !== 'pending') throw refusalError(conflict('posting.refusal.moderated'));
    await tx.postingComment.update({
      where: { id: commentId },
      data: { status: decision.decision, moderationNote: decision.note, moderatedById: ctx.actor.id, moderatedAt: ctx.now },
    });
    await recordEvent(tx, ctx, {
      action: `posting.comment.${decision.decision === 'accepted' ? 'accept' : 'reject'}`,
      subject: 'PostingComment',
      subjectId: commentId,
      before: { status: 'pending' },
      after: { status: decision.decision, note: decision.note },
    });
  });
}
