// Command: an author withdraws their initiative, possible until review starts (the status is re-read under a lock,
// so a withdrawal racing the first assignment cannot both succeed).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotWithdraw, type InitiativeStatus } from '../../domain/initiatives/initiativeStatus.ts';
import { AppError } from '../../errors.ts';
import { notifyAuthors } from './notifyAuthors.ts';

/** Withdraws the initiative; 409 with the reason once review has started. */
export async function withdrawInitiative(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: InitiativeStatus }>>`
      SELECT status::text AS status FROM "InitiativeRecord" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
    const reason = whyNotWithdraw(rows[0].status);
    if (reason) throw new AppError('conflict', reason);
    await tx.initiativeRecord.update({ where: { id }, data: { status: 'withdrawn' } });
    await recordEvent(tx, ctx, {
      action: 'initiative.withdraw',
      subject: 'InitiativeRecord',
      subjectId: id,
      before: { status: rows[0].status },
      after: { status: 'withdrawn' },
    });
    await notifyAuthors(tx, schoolId, id, 'withdrawn', ctx.now);
  });
}
