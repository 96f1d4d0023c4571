// Command: the results published (closed → published). Every live entry must be scored; the counts are taken under
// the contest's row lock, which scoring also takes, so no score can change between the check and the publication,
// and prizes are frozen afterwards (scoring refuses a published contest).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotPublish } from './contest.policy.ts';
import { entryCounts } from './contest.queries.ts';
import { lockContest, ORGANISER, recheck } from './lockContest.ts';

/** Publishes the contest's results. */
export async function publishResults(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, ctx.actor.schoolId, id);
    const counts = await entryCounts(tx, id);
    recheck(whyNotPublish(ORGANISER, c, counts));
    await tx.contest.update({ where: { id }, data: { state: 'published', publishedAt: ctx.now, publishedById: ctx.actor.id } });
    await recordEvent(tx, ctx, {
      action: 'contest.publish',
      subject: 'Contest',
      subjectId: id,
      before: { state: c.state },
      after: { state: 'published', entries: counts.live },
    });
  });
}
