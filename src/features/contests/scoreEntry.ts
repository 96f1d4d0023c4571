// Command: the judges' score, prize and comment for an entry, while the contest is closed for judging. Under the
// contest's row lock (the one publishing takes), so a score cannot change once the results are published.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotScore } from './contest.policy.ts';
import type { ScoreInput } from './contest.schemas.ts';
import { lockContest, lockEntry, ORGANISER, recheck } from './lockContest.ts';

/** Records the entry's score, prize and comment. */
export async function scoreEntry(prisma: PrismaClient, ctx: CommandContext, ids: { contestId: string; entryId: string }, input: ScoreInput): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, schoolId, ids.contestId);
    const e = await lockEntry(tx, schoolId, ids.contestId, ids.entryId);
    recheck(whyNotScore(ORGANISER, c, e));
    const before = await tx.contestEntry.findUniqueOrThrow({ where: { id: e.id }, select: { score: true, prize: true, judgeComment: true } });
    await tx.contestEntry.update({
      where: { id: e.id },
      data: { score: input.score, prize: input.prize, judgeComment: input.judgeComment, scoredAt: ctx.now, scoredById: ctx.actor.id },
    });
    await recordEvent(tx, ctx, {
      action: 'contest.entry.score',
      subject: 'ContestEntry',
      subjectId: e.id,
      before: { score: before.score === null ? null : Number(before.score), prize: before.prize, judgeComment: before.judgeComment },
      after: input,
    });
  });
}
