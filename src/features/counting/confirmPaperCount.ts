// Command: a second committee member confirms a paper batch; only then is it counted. In the ballot's lock order
// (round FOR SHARE → the batch → counters): the batch's totals are added to the aggregate counters (BallotTally) and
// cleared from the batch, so afterwards the counters are the only place the marks live. The batches counted never
// exceed the members recorded as returning paper (BallotParticipation, channel paper).
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { retryTransaction } from '../ballot/retryTransaction.ts';
import { lockOpenRound } from './lockOpenRound.ts';
import { paperTotalsOf } from './paperTotals.ts';

/** Confirms and counts the batch; 'already' when it was confirmed before (idempotent). */
export async function confirmPaperCount(
  prisma: PrismaClient,
  ctx: CommandContext,
  roundId: string,
  countId: string,
  confirmedBy: string,
): Promise<'counted' | 'already'> {
  const schoolId = ctx.actor.schoolId;
  return retryTransaction(() =>
    prisma.$transaction(async (tx) => {
      await lockOpenRound(tx, schoolId, roundId);
      // Every batch of the round locked (in id order): a concurrent confirmation of the same batch waits here and
      // then finds it confirmed.
      const batches = await tx.$queryRaw<Array<{ id: string; papers: number; enteredById: string; confirmedById: string | null }>>`
        SELECT id::text, papers, "enteredById"::text, "confirmedById"::text FROM "PaperCount"
        WHERE "roundId" = ${roundId}::uuid AND "schoolId" = ${schoolId}::uuid ORDER BY id FOR UPDATE`;
      const entry = batches.find((b) => b.id === countId);
      if (!entry) throw new AppError('not_found', 'error.notFound.body');
      if (entry.confirmedById) return 'already' as const;
      if (entry.enteredById === confirmedBy) throw new AppError('forbidden', 'counting.refusal.sameMember');
      const returned = await tx.ballotParticipation.count({ where: { roundId, channel: 'paper' } });
      const counted = batches.filter((b) => b.confirmedById).reduce((s, b) => s + b.papers, 0);
      if (counted + entry.papers > returned) throw new AppError('conflict', 'counting.refusal.moreThanReturned', { params: { n: returned } });
      const count = await tx.paperCount.findUniqueOrThrow({ where: { id: countId } });
      for (const t of paperTotalsOf(count.totals).sort((a, b) => a.nominationId.localeCompare(b.nominationId))) {
        for (const option of ['agree', 'disagree', 'blank'] as const) {
          await tx.$executeRaw`
            UPDATE "BallotTally" SET count = count + ${t[option]}
            WHERE "roundId" = ${roundId}::uuid AND "nominationId" = ${t.nominationId}::uuid AND option = ${option}::"BallotOption"`;
        }
      }
      // Counted: the batch keeps its size and who typed and confirmed it, never its marks (CHECK in the database).
      await tx.paperCount.update({ where: { id: countId }, data: { confirmedById: confirmedBy, totals: Prisma.DbNull } });
      await recordEvent(tx, ctx, {
        action: 'ballot.paper.confirm',
        subject: 'BallotRound',
        subjectId: roundId,
        after: { paperCountId: countId, papers: entry.papers },
      });
      return 'counted' as const;
    }),
  );
}
