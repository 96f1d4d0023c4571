// Command: a paper return ticked by mistake is taken back, while the round is open and only as long as the batches
// typed so far (pending or counted) still fit the members recorded on paper; otherwise the close could never balance.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { retryTransaction } from '../ballot/retryTransaction.ts';
import { lockOpenRound } from './lockOpenRound.ts';

/** Removes the member's paper participation; 'absent' when there was none (idempotent). */
export async function removePaperReturn(prisma: PrismaClient, ctx: CommandContext, roundId: string, staffId: string): Promise<'removed' | 'absent'> {
  const schoolId = ctx.actor.schoolId;
  return retryTransaction(() =>
    prisma.$transaction(async (tx) => {
      await lockOpenRound(tx, schoolId, roundId);
      // The batches' row locks: a batch typed concurrently either sees this removal or is seen by it.
      const batches = await tx.$queryRaw<Array<{ papers: number }>>`
        SELECT papers FROM "PaperCount" WHERE "roundId" = ${roundId}::uuid FOR UPDATE`;
      const deleted = await tx.ballotParticipation.deleteMany({ where: { roundId, staffId, channel: 'paper' } });
      if (deleted.count === 0) return 'absent' as const;
      const returned = await tx.ballotParticipation.count({ where: { roundId, channel: 'paper' } });
      if (batches.reduce((s, b) => s + b.papers, 0) > returned) throw new AppError('conflict', 'counting.refusal.returnInBatch');
      await recordEvent(tx, ctx, { action: 'ballot.paper.unreturn', subject: 'BallotRound', subjectId: roundId, after: { staffId } });
      return 'removed' as const;
    }),
  );
}
