// Command: a batch typed wrongly is discarded before anyone confirms it (the second member does not confirm a wrong
// batch; without this, its pending figures would keep the round from closing).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { lockOpenRound } from './lockOpenRound.ts';

/** Deletes the unconfirmed batch; 'absent' when it is already gone (idempotent); 409 once confirmed. */
export async function discardPaperCount(prisma: PrismaClient, ctx: CommandContext, roundId: string, countId: string): Promise<'discarded' | 'absent'> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, schoolId, roundId);
    const rows = await tx.$queryRaw<Array<{ confirmedById: string | null }>>`
      SELECT "confirmedById"::text FROM "PaperCount" WHERE id = ${countId}::uuid AND "roundId" = ${roundId}::uuid FOR UPDATE`;
    if (!rows[0]) return 'absent' as const;
    if (rows[0].confirmedById) throw new AppError('conflict', 'counting.refusal.alreadyConfirmed');
    await tx.paperCount.delete({ where: { id: countId } });
    await recordEvent(tx, ctx, { action: 'ballot.paper.discard', subject: 'BallotRound', subjectId: roundId, after: { paperCountId: countId } });
    return 'discarded' as const;
  });
}
