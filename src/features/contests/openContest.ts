// Command: the contest opened for entries (draft → open), re-checked under the row lock.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotOpen } from './contest.policy.ts';
import { lockContest, ORGANISER, recheck } from './lockContest.ts';

/** Opens the contest. */
export async function openContest(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, ctx.actor.schoolId, id);
    recheck(whyNotOpen(ORGANISER, c));
    await tx.contest.update({ where: { id }, data: { state: 'open', openedAt: ctx.now, openedById: ctx.actor.id } });
    await recordEvent(tx, ctx, { action: 'contest.open', subject: 'Contest', subjectId: id, before: { state: c.state }, after: { state: 'open' } });
  });
}
