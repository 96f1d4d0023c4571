// Sign-in and sign-out leave a row in the audit trail (who, when, which request).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent } from '../../audit/recordEvent.ts';

/** Writes auth.login / auth.logout for a user. */
export async function recordSignIn(
  prisma: PrismaClient,
  userId: string,
  e: { now: Date; requestId: string; action: 'auth.login' | 'auth.logout' },
): Promise<void> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { schoolId: true, username: true } });
  if (!user) return;
  await prisma.$transaction((tx) =>
    recordEvent(
      tx,
      { actor: { id: userId, schoolId: user.schoolId }, now: e.now, requestId: e.requestId },
      { action: e.action, subject: 'User', subjectId: userId, after: { username: user.username } },
    ),
  );
}
