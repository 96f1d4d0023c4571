// A user's private iCal address: a new random token replaces (revokes) the previous one; only its SHA-256 is kept.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';

export const feedTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues the signed-in user's feed token (shown once) and revokes any earlier one, audited. */
export async function issueCalendarFeed(prisma: PrismaClient, ctx: CommandContext, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = feedTokenHash(token);
  await prisma.$transaction(async (tx) => {
    const { schoolId } = ctx.actor;
    const before = await tx.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
    await tx.calendarFeed.upsert({ where: { userId }, create: { schoolId, userId, tokenHash, createdAt: ctx.now }, update: { tokenHash, createdAt: ctx.now } });
    await recordEvent(tx, ctx, { action: before ? 'user.calendarFeed.replace' : 'user.calendarFeed.create', subject: 'User', subjectId: userId });
  });
  return token;
}

/** Revokes the user's feed address, audited; nothing to do when there is none. */
export async function revokeCalendarFeed(prisma: PrismaClient, ctx: CommandContext, userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.calendarFeed.deleteMany({ where: { userId } });
    if (count) await recordEvent(tx, ctx, { action: 'user.calendarFeed.revoke', subject: 'User', subjectId: userId });
  });
}
