// Command: the contest closed for judging (open → closed). Under the contest's row lock, so a submission that
// raced the click either committed before it (and is judged) or is refused after it.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotClose } from './contest.policy.ts';
import { lockContest, ORGANISER, recheck } from './lockContest.ts';

/** Closes the contest for judging. */
export async function closeContest(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, ctx.actor.schoolId, id);
    recheck(whyNotClose(ORGANISER, c));
    await tx.contest.update({ where: { id }, data: { state: 'closed', closedAt: ctx.now, closedById: ctx.actor.id } });
    await recordEvent(tx, ctx, { action: 'contest.close', subject: 'Contest', subjectId: id, before: { state: c.state }, after: { state: 'closed' } });
  });
}
