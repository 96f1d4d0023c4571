// Command: a second committee member confirms a paper batch; only then is it counted. In the ballot's lock order
// (round FOR SHARE → participation → counters): each member of the batch gets a participation on channel "paper";
// if one of them voted on screen meanwhile, the unique (round, member) key refuses and nothing is counted.
import type { PrismaClient } from '../../generated/prisma/client.ts';
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
      const rows = await tx.$queryRaw<Array<{ enteredById: string; confirmedById: string | null }>>`
        SELECT "enteredById"::text, "confirmedById"::text FROM "PaperCount"
        WHERE id = ${countId}::uuid AND "roundId" = ${roundId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
      const entry = rows[0];
      if (!entry) throw new AppError('not_found', 'error.notFound.body');
      if (entry.confirmedById) return 'already' as const;
      if (entry.enteredById === confirmedBy) throw new AppError('forbidden', 'counting.refusal.sameMember');
      const count = await tx.paperCount.findUniqueOrThrow({ where: { id: countId } });
      let inserted = 0;
      for (const staffId of [...count.staffIds].sort()) {
        inserted += await tx.$executeRaw`
          INSERT INTO "BallotParticipation" ("roundId", "staffId", "schoolId", channel)
          VALUES (${roundId}::uuid, ${staffId}::uuid, ${schoolId}::uuid, 'paper')
          ON CONFLICT DO NOTHING`;
      }
      // Someone on the batch voted on screen after it was entered: counting them twice is refused (rolls back).
      if (inserted !== count.staffIds.length) throw new AppError('conflict', 'counting.refusal.votedOnScreen', { params: { names: '' } });
      for (const t of paperTotalsOf(count.totals).sort((a, b) => a.nominationId.localeCompare(b.nominationId))) {
        for (const option of ['agree', 'disagree', 'blank'] as const) {
          await tx.$executeRaw`
            UPDATE "BallotTally" SET count = count + ${t[option]}
            WHERE "roundId" = ${roundId}::uuid AND "nominationId" = ${t.nominationId}::uuid AND option = ${option}::"BallotOption"`;
        }
      }
      await tx.paperCount.update({ where: { id: countId }, data: { confirmedById: confirmedBy } });
      await recordEvent(tx, ctx, { action: 'ballot.paper.confirm', subject: 'BallotRound', subjectId: roundId, after: { paperCountId: countId } });
      return 'counted' as const;
    }),
  );
}
