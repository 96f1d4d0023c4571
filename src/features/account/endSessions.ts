// Ending a user's sessions server-side (after a password change or reset), in the caller's transaction.
import type { Prisma } from '../../generated/prisma/client.ts';

/** Deletes every session of the user except keepSid (none kept when omitted). */
export async function endOtherSessions(tx: Prisma.TransactionClient, userId: string, keepSid?: string): Promise<number> {
  return tx.$executeRaw`DELETE FROM "session" WHERE sess->'passport'->>'user' = ${userId} AND sid <> ${keepSid ?? ''}`;
}
