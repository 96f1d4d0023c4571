// Command: the signed-in person changes their own password (current one required), audited; other sessions end.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { endOtherSessions } from './endSessions.ts';

/** Verifies the current password and stores the new one; keeps only the session `keepSid`. */
export async function changePassword(prisma: PrismaClient, ctx: CommandContext, input: { current: string; next: string }, keepSid: string): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: ctx.actor.id! } });
  if (!(await verifyPassword(user.passwordHash, input.current))) throw new AppError('unprocessable', 'account.wrongPassword', { field: 'current' });
  const passwordHash = await hashPassword(input.next);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endOtherSessions(tx, user.id, keepSid);
    await recordEvent(tx, ctx, { action: 'user.password.change', subject: 'User', subjectId: user.id });
  });
}
