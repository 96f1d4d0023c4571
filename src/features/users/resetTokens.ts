// One-time password reset codes: an administrator makes one (shown once), the person uses it once within 60 minutes
// (a link passed on by hand should not stay usable for long; the administrator can always make a new one).
// Only the SHA-256 of the code is stored, so a database leak does not leak usable codes.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { endOtherSessions } from '../account/endSessions.ts';
import { hashPassword } from '../auth/passwords.ts';
import { notify } from '../notifications/notify.ts';

export const RESET_TOKEN_TTL_MS = 60 * 60_000;
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

/** Makes a reset code for a user of the actor's school; earlier unused codes stop working. Returns the raw code. */
export async function createResetToken(prisma: PrismaClient, ctx: CommandContext, userId: string): Promise<string> {
  const raw = randomBytes(24).toString('base64url');
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, schoolId: ctx.actor.schoolId } });
    if (!user) throw new AppError('not_found', 'error.notFound.body');
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: ctx.now } });
    await tx.passwordResetToken.create({
      data: {
        schoolId: ctx.actor.schoolId,
        userId,
        tokenHash: sha256(raw),
        expiresAt: new Date(ctx.now.getTime() + RESET_TOKEN_TTL_MS),
        createdBy: ctx.actor.id!,
      },
    });
    await recordEvent(tx, ctx, { action: 'user.password.reset-issued', subject: 'User', subjectId: userId });
  });
  return raw;
}

/** The unexpired, unused token for a raw code, or null. */
export function findUsableResetToken(prisma: PrismaClient, raw: string, now: Date) {
  return prisma.passwordResetToken.findFirst({ where: { tokenHash: sha256(raw), usedAt: null, expiresAt: { gt: now } } });
}

/** Sets the new password and burns the code (once, even under a double submit); false if the code is not usable. */
export async function useResetToken(prisma: PrismaClient, raw: string, password: string, now: Date, requestId: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const burned = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: sha256(raw), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const token = burned[0];
    if (!token) return false;
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    await endOtherSessions(tx, token.userId);
    await recordEvent(
      tx,
      { actor: { id: token.userId, schoolId: token.schoolId }, now, requestId },
      { action: 'user.password.reset-used', subject: 'User', subjectId: token.userId },
    );
    await notify(tx, { schoolId: token.schoolId, userId: token.userId, kind: 'account', title: 'notify.passwordReset' }, now);
    return true;
  });
}
