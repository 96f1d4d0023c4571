// Commands on one nomination: write the achievement summary and the justification the council sees, or remove it
// with a reason. A nomination already on a ballot paper or decided is fixed.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';

async function lockEditable(tx: Prisma.TransactionClient, schoolId: string, id: string) {
  const rows = await tx.$queryRaw<Array<{ status: string }>>`
    SELECT status::text FROM "Nomination" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
  if (rows[0].status === 'approved' || rows[0].status === 'not_approved') throw new AppError('conflict', 'nominations.refusal.frozen');
  if (rows[0].status === 'removed') throw new AppError('conflict', 'nominations.refusal.removed');
  if ((await tx.roundNominee.count({ where: { nominationId: id } })) > 0) throw new AppError('conflict', 'nominations.refusal.onBallot');
  return tx.nomination.findUniqueOrThrow({ where: { id } });
}

/** Saves the summary and justification of a nomination. */
export async function updateNomination(prisma: PrismaClient, ctx: CommandContext, id: string, input: { summary: string; justification: string }) {
  await prisma.$transaction(async (tx) => {
    const before = await lockEditable(tx, ctx.actor.schoolId, id);
    await tx.nomination.update({ where: { id }, data: { summary: input.summary, justification: input.justification || null } });
    await recordEvent(tx, ctx, {
      action: 'nomination.update',
      subject: 'Nomination',
      subjectId: id,
      before: { summary: before.summary, justification: before.justification },
      after: input,
    });
  });
}

/** Removes a nomination from the list with a reason (kept, shown as removed). */
export async function removeNomination(prisma: PrismaClient, ctx: CommandContext, id: string, reason: string) {
  await prisma.$transaction(async (tx) => {
    await lockEditable(tx, ctx.actor.schoolId, id);
    await tx.nomination.update({ where: { id }, data: { status: 'removed', removalReason: reason } });
    await recordEvent(tx, ctx, { action: 'nomination.remove', subject: 'Nomination', subjectId: id, after: { reason } });
  });
}
