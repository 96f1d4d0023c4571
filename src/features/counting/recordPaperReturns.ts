// Command: the counting committee records WHO returned a paper ballot — the sign-in sheet of a paper vote — as
// participation (channel paper), apart from any totals. The unique (round, member) key of BallotParticipation keeps a
// member who voted on screen from also being counted on paper, in the database itself. What anyone marked is never
// recorded here: the papers' totals are typed later as batches that name no member (enterPaperCount).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { retryTransaction } from '../ballot/retryTransaction.ts';
import { lockOpenRound } from './lockOpenRound.ts';

/** Records the members' paper returns; members already recorded on paper are skipped (idempotent). Returns how many were added. */
export async function recordPaperReturns(prisma: PrismaClient, ctx: CommandContext, roundId: string, memberIds: readonly string[]): Promise<number> {
  const schoolId = ctx.actor.schoolId;
  const ids = [...new Set(memberIds)].sort();
  return retryTransaction(() =>
    prisma.$transaction(async (tx) => {
      // Lock order of every ballot write: round (FOR SHARE) → participation → counters.
      await lockOpenRound(tx, schoolId, roundId);
      const eligible = await tx.roundEligibility.count({ where: { roundId, staffId: { in: ids } } });
      if (ids.length === 0 || eligible !== ids.length) throw new AppError('unprocessable', 'counting.form.members', { field: 'members' });
      let added = 0;
      for (const staffId of ids) {
        // ON CONFLICT: a concurrent duplicate waits for the first insert's transaction, then inserts nothing.
        const inserted = await tx.$executeRaw`
          INSERT INTO "BallotParticipation" ("roundId", "staffId", "schoolId", channel)
          VALUES (${roundId}::uuid, ${staffId}::uuid, ${schoolId}::uuid, 'paper')
          ON CONFLICT DO NOTHING`;
        if (inserted === 1) {
          added++;
          await recordEvent(tx, ctx, { action: 'ballot.paper.return', subject: 'BallotRound', subjectId: roundId, after: { staffId } });
        }
      }
      const onScreen = await tx.ballotParticipation.findMany({
        where: { roundId, staffId: { in: ids }, channel: 'screen' },
        include: { staff: { select: { fullName: true } } },
      });
      // Rolls back every insert above: the whole sheet is refused, not half of it.
      if (onScreen.length > 0)
        throw new AppError('conflict', 'counting.refusal.votedOnScreen', { params: { names: onScreen.map((p) => p.staff.fullName).join(', ') } });
      return added;
    }),
  );
}
