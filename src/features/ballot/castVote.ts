// Casting a vote on screen (security.md §4.2). One transaction, one lock order everywhere: the round row (FOR SHARE:
// voters do not block each other, a close takes FOR UPDATE and waits for them) → the participation row → the
// counters, nominees in id order. WHO voted goes to BallotParticipation, WHAT was chosen only increments
// BallotTally, which has no member column and no timestamp. The audit row says "member X voted in round R" and never
// the choice; nothing here logs the choice.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { retryTransaction } from './retryTransaction.ts';

export type BallotChoice = 'agree' | 'disagree' | 'blank';

export interface CastVoteInput {
  roundId: string;
  staffId: string;
  /** One mark per nominee on the paper; a nominee left out is counted blank. */
  choices: ReadonlyMap<string, BallotChoice>;
}

/** Records one ballot; 'already' when this member's ballot was recorded before (idempotent, nothing changes). */
export async function castVote(prisma: PrismaClient, ctx: CommandContext, input: CastVoteInput): Promise<'recorded' | 'already'> {
  const schoolId = ctx.actor.schoolId;
  return retryTransaction(() =>
    prisma.$transaction(async (tx) => {
      const rounds = await tx.$queryRaw<Array<{ status: string }>>`
        SELECT status::text FROM "BallotRound" WHERE id = ${input.roundId}::uuid AND "schoolId" = ${schoolId}::uuid FOR SHARE`;
      const round = rounds[0];
      if (!round) throw new AppError('not_found', 'error.notFound.body');
      if (round.status !== 'open') throw new AppError('conflict', 'ballot.refusal.roundClosed');
      const eligible = await tx.roundEligibility.findUnique({ where: { roundId_staffId: { roundId: input.roundId, staffId: input.staffId } } });
      if (!eligible) throw new AppError('forbidden', 'ballot.refusal.notOnRoll');
      // ON CONFLICT DO NOTHING: a concurrent duplicate waits for the first insert's transaction, then inserts nothing.
      const inserted = await tx.$executeRaw`
        INSERT INTO "BallotParticipation" ("roundId", "staffId", "schoolId", channel)
        VALUES (${input.roundId}::uuid, ${input.staffId}::uuid, ${schoolId}::uuid, 'screen')
        ON CONFLICT DO NOTHING`;
      if (inserted === 0) return 'already' as const;
      const nominees = await tx.roundNominee.findMany({ where: { roundId: input.roundId }, orderBy: { nominationId: 'asc' }, select: { nominationId: true } });
      for (const { nominationId } of nominees) {
        const option = input.choices.get(nominationId) ?? 'blank';
        await tx.$executeRaw`
          UPDATE "BallotTally" SET count = count + 1
          WHERE "roundId" = ${input.roundId}::uuid AND "nominationId" = ${nominationId}::uuid AND option = ${option}::"BallotOption"`;
      }
      await recordEvent(tx, ctx, { action: 'ballot.vote', subject: 'BallotRound', subjectId: input.roundId, after: { staffId: input.staffId } });
      return 'recorded' as const;
    }),
  );
}
