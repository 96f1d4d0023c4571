// Command: an administrator opens an account (for a staff member, or an IT administrator). The account gets an
// unusable random password and a one-time setup code, so no password is ever chosen by the administrator.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError, refusalError } from '../../errors.ts';
import { forbidden } from '../../domain/refusal.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { NewUserInput } from './users.schemas.ts';

/** Creates the account; returns its id. */
export async function createUser(prisma: PrismaClient, ctx: CommandContext, input: NewUserInput): Promise<string> {
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username } })) throw new AppError('unprocessable', 'users.usernameTaken', { field: 'username' });
    let displayName = input.username;
    if (input.staffId) {
      const staff = await tx.staff.findFirst({ where: { id: input.staffId, schoolId: ctx.actor.schoolId }, include: { user: true } });
      if (!staff) throw new AppError('unprocessable', 'form.choose', { field: 'staffId' });
      if (staff.user) throw new AppError('unprocessable', 'users.staffHasAccount', { field: 'staffId' });
      displayName = staff.fullName;
    }
    const user = await tx.user.create({
      data: { schoolId: ctx.actor.schoolId, username: input.username, displayName, staffId: input.staffId, isAdmin: input.isAdmin, passwordHash },
    });
    await recordEvent(tx, ctx, {
      action: 'user.create',
      subject: 'User',
      subjectId: user.id,
      after: { username: user.username, staffId: user.staffId, isAdmin: user.isAdmin },
    });
    return user.id;
  });
}

/** Enables or disables an account of the actor's school (not one's own). */
export async function setUserDisabled(prisma: PrismaClient, ctx: CommandContext, userId: string, disabled: boolean): Promise<void> {
  // Re-checked here too: a command must hold its own invariant whoever calls it.
  if (userId === ctx.actor.id) throw refusalError(forbidden('users.notSelf'));
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, schoolId: ctx.actor.schoolId } });
    if (!user) throw new AppError('not_found', 'error.notFound.body');
    await tx.user.update({ where: { id: userId }, data: { disabled } });
    if (disabled) await tx.$executeRaw`DELETE FROM "session" WHERE sess->'passport'->>'user' = ${userId}`;
    await recordEvent(tx, ctx, {
      action: disabled ? 'user.disable' : 'user.enable',
      subject: 'User',
      subjectId: userId,
      before: { disabled: user.disabled },
      after: { disabled },
    });
  });
}
