// Command: a counting-committee member types a batch of paper ballots: how many papers, ballots issued and valid,
// and each nominee's agree / disagree / blank. The batch names no voter (who returned a paper is recorded apart, see
// recordPaperReturns) and is not counted until a second committee member confirms it.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotPaperTotals } from '../../domain/ballot/countEntry.ts';
import { AppError } from '../../errors.ts';
import { retryTransaction } from '../ballot/retryTransaction.ts';
import { lockOpenRound } from './lockOpenRound.ts';
import type { PaperInput } from './counting.schemas.ts';

const FIELD: Record<string, string> = {
  'counting.form.papers': 'papers',
  'counting.form.issued': 'issued',
  'counting.form.valid': 'valid',
  'counting.form.sum': 'totals',
  'counting.form.moreThanReturned': 'papers',
};

/** Stores the unconfirmed batch; returns its id. */
export async function enterPaperCount(prisma: PrismaClient, ctx: CommandContext, roundId: string, enteredBy: string, input: PaperInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return retryTransaction(() =>
    prisma.$transaction(async (tx) => {
      await lockOpenRound(tx, schoolId, roundId);
      // The batches' row locks serialise two batches typed at once, so together they never exceed the returns.
      const batches = await tx.$queryRaw<Array<{ papers: number }>>`
        SELECT papers FROM "PaperCount" WHERE "roundId" = ${roundId}::uuid FOR UPDATE`;
      const returned = await tx.ballotParticipation.count({ where: { roundId, channel: 'paper' } });
      const nominees = await tx.roundNominee.findMany({ where: { roundId }, orderBy: { nominationId: 'asc' } });
      const totals = nominees.map((n) => ({ nominationId: n.nominationId, ...(input.totals.get(n.nominationId) ?? { agree: 0, disagree: 0, blank: 0 }) }));
      const why = whyNotPaperTotals({ ...input, nominees: totals, returned, inBatches: batches.reduce((s, b) => s + b.papers, 0) });
      if (why) throw new AppError('unprocessable', why, { field: FIELD[why]!, params: { n: returned } });
      const row = await tx.paperCount.create({
        data: { roundId, schoolId, papers: input.papers, ballotsIssued: input.ballotsIssued, ballotsValid: input.ballotsValid, totals, enteredById: enteredBy },
      });
      // The audit row names the batch and its size, never its marks.
      await recordEvent(tx, ctx, {
        action: 'ballot.paper.enter',
        subject: 'BallotRound',
        subjectId: roundId,
        after: { paperCountId: row.id, papers: input.papers, ballotsIssued: input.ballotsIssued, ballotsValid: input.ballotsValid },
      });
      return row.id;
    }),
  );
}
