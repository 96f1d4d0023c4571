// Command: the author withdraws the entry while entries are accepted (it is then neither judged nor shown); the row
// stays, and the author may resubmit it before the close.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotWithdrawEntry } from './contest.policy.ts';
import { entrant, lockContest, lockEntry, recheck } from './lockContest.ts';

/** Withdraws the author's entry. */
export async function withdrawEntry(
  prisma: PrismaClient,
  ctx: CommandContext,
  ids: { contestId: string; entryId: string },
  authorStaffId: string,
): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const c = await lockContest(tx, schoolId, ids.contestId);
    const e = await lockEntry(tx, schoolId, ids.contestId, ids.entryId);
    recheck(whyNotWithdrawEntry(entrant(authorStaffId), c, e, ctx.now));
    await tx.contestEntry.update({ where: { id: e.id }, data: { withdrawnAt: ctx.now } });
    await recordEvent(tx, ctx, { action: 'contest.entry.withdraw', subject: 'ContestEntry', subjectId: e.id, after: { withdrawnAt: ctx.now } });
  });
}
