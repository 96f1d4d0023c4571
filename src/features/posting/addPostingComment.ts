// Command: a comment on a posting, from a signed-in staff member or through the public link. Under the posting's row
// lock: the period is re-checked (a comment sent in the last second of the period is taken, one after is refused) and,
// for the public form, the rate limits are counted from the stored comments, so concurrent posts cannot slip past.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { postingOpen } from '../../domain/posting/postingPeriod.ts';
import { PUBLIC_COMMENT_LIMITS, whyRateLimited } from '../../domain/posting/postingLimits.ts';
import { conflict, notFound } from '../../domain/refusal.ts';
import { AppError, refusalError } from '../../errors.ts';

export type CommentAuthor = { source: 'staff'; userId: string; name: string } | { source: 'public'; name: string; contact: string | null; address: string };

/** The stored form of a client address: its SHA-256 (the limit needs equality, not the address). */
export const addressHashOf = (address: string) => createHash('sha256').update(`posting-comment|${address}`).digest('hex');

/** Adds a pending comment; returns its id. Throws 409 when the posting is closed, 429 when a limit is reached. */
export async function addPostingComment(prisma: PrismaClient, ctx: CommandContext, postingId: string, author: CommentAuthor, body: string): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ endsOn: Date }>>`
      SELECT "endsOn" FROM "PublicPosting" WHERE id = ${postingId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const posting = locked[0];
    if (!posting) throw refusalError(notFound());
    if (!postingOpen(posting, ctx.now)) throw refusalError(conflict('posting.refusal.closed'));
    const addressHash = author.source === 'public' ? addressHashOf(author.address) : null;
    if (addressHash) {
      const since = new Date(ctx.now.getTime() - PUBLIC_COMMENT_LIMITS.windowMs);
      const [address, onPosting] = await Promise.all([
        tx.postingComment.count({ where: { addressHash, createdAt: { gt: since } } }),
        tx.postingComment.count({ where: { postingId, source: 'public', createdAt: { gt: since } } }),
      ]);
      const why = whyRateLimited({ address, posting: onPosting });
      if (why) throw new AppError('rate_limited', `posting.limit.${why}`, { params: { minutes: PUBLIC_COMMENT_LIMITS.windowMs / 60_000 } });
    }
    const comment = await tx.postingComment.create({
      data: {
        schoolId,
        postingId,
        source: author.source,
        authorName: author.name,
        contact: author.source === 'public' ? author.contact : null,
        authorUserId: author.source === 'staff' ? author.userId : null,
        body,
        addressHash,
        createdAt: ctx.now,
      },
    });
    // The audit row names the comment, not its text or the sender's contact (personal data stays in one table).
    await recordEvent(tx, ctx, { action: 'posting.comment', subject: 'PostingComment', subjectId: comment.id, after: { postingId, source: author.source } });
    return comment.id;
  });
}
