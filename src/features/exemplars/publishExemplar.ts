// Command: the exemplar published on the school's public page, refused (409 with the reason) without a consent that
// stands, re-checked under the row lock so a withdrawal at the same moment cannot be overtaken.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotPublish } from './exemplar.policy.ts';
import { lockExemplar, MANAGER, recheck } from './lockExemplar.ts';

/** Publishes the exemplar. */
export async function publishExemplar(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const e = await lockExemplar(tx, schoolId, id);
    recheck(whyNotPublish(MANAGER, e));
    await tx.exemplar.update({ where: { id }, data: { status: 'published', publishedAt: ctx.now, publishedById: ctx.actor.id } });
    await recordEvent(tx, ctx, {
      action: 'exemplar.publish',
      subject: 'Exemplar',
      subjectId: id,
      before: { status: e.status },
      after: { status: 'published' },
    });
  });
}
