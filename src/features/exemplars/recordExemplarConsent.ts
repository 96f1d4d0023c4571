// Command: the consent of the person shown (or of a parent for a pupil) recorded: who, on which day, how. A new
// consent after a withdrawal replaces the withdrawn one (the audit log keeps both).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { whyNotRecordConsent } from './exemplar.policy.ts';
import type { ConsentInput } from './exemplar.schemas.ts';
import { lockExemplar, MANAGER, recheck } from './lockExemplar.ts';

/** Records the consent; refuses (422 beside the date) a consent dated in the future. */
export async function recordExemplarConsent(prisma: PrismaClient, ctx: CommandContext, id: string, input: ConsentInput): Promise<void> {
  if (input.consentOn.getTime() > vietnamDay(ctx.now).getTime()) throw new AppError('unprocessable', 'exemplars.form.consentFuture', { field: 'consentOn' });
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    recheck(whyNotRecordConsent(MANAGER, await lockExemplar(tx, schoolId, id)));
    await tx.exemplar.update({ where: { id }, data: { ...input, consentWithdrawnAt: null } });
    await recordEvent(tx, ctx, { action: 'exemplar.consent.record', subject: 'Exemplar', subjectId: id, after: input });
  });
}
