// Command: the exemplar taken off the public page (status 'withdrawn'); it can be edited and published again.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotUnpublish } from './exemplar.policy.ts';
import { lockExemplar, MANAGER, recheck } from './lockExemplar.ts';

/** Unpublishes the exemplar. */
export async function unpublishExemplar(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    recheck(whyNotUnpublish(MANAGER, await lockExemplar(tx, schoolId, id)));
    await tx.exemplar.update({ where: { id }, data: { status: 'withdrawn' } });
    await recordEvent(tx, ctx, {
      action: 'exemplar.unpublish',
      subject: 'Exemplar',
      subjectId: id,
      before: { status: 'published' },
      after: { status: 'withdrawn' },
    });
  });
}
