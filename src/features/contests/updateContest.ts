// Command: the contest's title, rules and window changed, re-checked under the row lock (not once judging began).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotEditContest } from './contest.policy.ts';
import type { ContestInput } from './contest.schemas.ts';
import { lockContest, ORGANISER, recheck } from './lockContest.ts';

/** Saves the contest's changes. */
export async function updateContest(prisma: PrismaClient, ctx: CommandContext, id: string, input: ContestInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, ctx.actor.schoolId, id);
    recheck(whyNotEditContest(ORGANISER, c));
    const before = await tx.contest.findUniqueOrThrow({ where: { id }, select: { title: true, rules: true, opensOn: true, closesOn: true } });
    await tx.contest.update({ where: { id }, data: input });
    await recordEvent(tx, ctx, { action: 'contest.update', subject: 'Contest', subjectId: id, before, after: input });
  });
}
