// The first step of every counting command, in the ballot's lock order (security.md §4): the round row FOR SHARE.
// Entries do not block voters; a close (FOR UPDATE) waits for them and, once closed, refuses them.
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';

/** Locks the round of the school for share; 404 when absent, 409 when no longer open. */
export async function lockOpenRound(tx: Prisma.TransactionClient, schoolId: string, roundId: string): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ status: string }>>`
    SELECT status::text FROM "BallotRound" WHERE id = ${roundId}::uuid AND "schoolId" = ${schoolId}::uuid FOR SHARE`;
  if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
  if (rows[0].status !== 'open') throw new AppError('conflict', 'ballot.refusal.roundClosed');
}
