// Command: the person withdrew their consent. The exemplar leaves the public page in the same transaction: a
// published one becomes 'withdrawn' (the CHECK would refuse a published row without a standing consent anyway).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotWithdrawConsent } from './exemplar.policy.ts';
import { lockExemplar, MANAGER, recheck } from './lockExemplar.ts';

/** Records the withdrawal; returns whether the exemplar was unpublished by it. */
export async function withdrawExemplarConsent(prisma: PrismaClient, ctx: CommandContext, id: string): Promise<{ unpublished: boolean }> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const e = await lockExemplar(tx, schoolId, id);
    recheck(whyNotWithdrawConsent(MANAGER, e));
    const unpublished = e.status === 'published';
    await tx.exemplar.update({ where: { id }, data: { consentWithdrawnAt: ctx.now, ...(unpublished ? { status: 'withdrawn' } : {}) } });
    await recordEvent(tx, ctx, {
      action: 'exemplar.consent.withdraw',
      subject: 'Exemplar',
      subjectId: id,
      before: { status: e.status },
      after: { consentWithdrawnAt: ctx.now, status: unpublished ? 'withdrawn' : e.status },
    });
    return { unpublished };
  });
}
