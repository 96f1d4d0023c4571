// Closing a round: FOR UPDATE on the round row waits for in-flight votes (they hold FOR SHARE) and blocks new ones,
// so every vote is counted before the close or refused after it. Then the invariant is checked for every nominee
// (agree + disagree + blank = participants), the result is computed by the rule frozen on the round when it opened,
// and the totals and their SHA-256 go to the round and the audit log (aggregates only, never a member with a choice).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { invariantViolations, type NomineeCount } from '../../domain/ballot/invariant.ts';
import { roundDigest } from '../../domain/ballot/roundDigest.ts';
import { roundResult, type RoundResult } from '../../domain/ballot/roundResult.ts';
import { AppError } from '../../errors.ts';
import { retryTransaction } from './retryTransaction.ts';
import { readRoundResult } from './roundResultJson.ts';

/** Closes the round (idempotent: closing a closed round changes nothing) and returns its stored result. */
export async function closeRound(prisma: PrismaClient, ctx: CommandContext, roundId: string): Promise<RoundResult> {
  const schoolId = ctx.actor.schoolId;
  return retryTransaction(() =>
    prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ status: string }>>`
        SELECT status::text FROM "BallotRound" WHERE id = ${roundId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
      if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
      const round = await tx.ballotRound.findUniqueOrThrow({ where: { id: roundId } });
      if (round.status === 'closed') return readRoundResult(round.result)!;
      // Paper batches and written opinions typed but not yet confirmed by a second committee member block the close.
      const pending =
        (await tx.paperCount.count({ where: { roundId, confirmedById: null } })) +
        (await tx.writtenOpinionTotal.count({ where: { roundId, confirmedById: null } }));
      if (pending > 0) throw new AppError('conflict', 'counting.refusal.pendingConfirmation');
      const [participants, tallies, written, nominees] = await Promise.all([
        tx.ballotParticipation.count({ where: { roundId } }),
        tx.ballotTally.findMany({ where: { roundId } }),
        tx.writtenOpinionTotal.findMany({ where: { roundId, confirmedById: { not: null } } }),
        tx.roundNominee.findMany({ where: { roundId }, orderBy: { position: 'asc' } }),
      ]);
      const counts: NomineeCount[] = nominees.map((n) => {
        const of = (option: string) => tallies.find((t) => t.nominationId === n.nominationId && t.option === option)?.count ?? 0;
        return { nomineeId: n.nominationId, agree: of('agree'), disagree: of('disagree'), blank: of('blank') };
      });
      const violations = invariantViolations(counts, participants);
      if (violations.length > 0) throw new AppError('conflict', 'ballot.refusal.invariant');
      const writtenCounts = written.map((w) => ({ nomineeId: w.nominationId, agree: w.agree, disagree: w.disagree }));
      const result = roundResult({
        rule: { thresholdPct: Number(round.thresholdPct), strict: round.strict, writtenOpinionsCount: round.writtenCount },
        totalMembers: round.totalMembers,
        counts,
        written: writtenCounts,
      });
      const digest = roundDigest(roundId, participants, counts, writtenCounts);
      await tx.ballotRound.update({
        where: { id: roundId },
        data: { status: 'closed', closedAt: ctx.now, participants, digest, result: JSON.parse(JSON.stringify(result)) as object },
      });
      await recordEvent(tx, ctx, {
        action: 'ballot.close',
        subject: 'BallotRound',
        subjectId: roundId,
        before: { status: 'open' },
        after: { status: 'closed', participants, digest, totals: counts },
      });
      return result;
    }),
  );
}
