// Command: an administrator stops applying an active authored rule set ("ngừng áp dụng"), with a reason (audited, same
// transaction). From a date: the set's period ends the day before (it still decides the dates before). Entirely: the
// set becomes 'deactivated' and decides no verdict any more. Either way the evaluation dates it no longer covers fall
// back to the shipped rule set in force then. The table's trigger bumps the facts version (as activation does), so
// cached eligibility results are recomputed; the database refuses a deactivated row without who, when and why.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { toIsoDate } from '../../domain/rules/index.ts';
import { AppError, refusalError } from '../../errors.ts';
import { messageRef } from '../../i18n/index.ts';
import { findAuthoredRuleSet } from './authoredRuleSets.queries.ts';
import { whyNotStopRuleSet, whyNotStopRuleSetFrom } from './ruleAuthoring.policy.ts';

/** What to stop: from a day (`stopFrom`, the first day no longer covered) or entirely (`stopFrom` null). */
export interface StopInput {
  stopFrom: Date | null;
  reason: string;
}

const DAY = 24 * 60 * 60 * 1000;
const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

/** Stops the active set `id`; refuses (409) a set not active, and (422, beside the date) a day outside its period. */
export async function stopRuleSet(prisma: PrismaClient, ctx: CommandContext, id: string, input: StopInput): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "AuthoredRuleSet" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const { row } = await findAuthoredRuleSet(tx, schoolId, id);
    const state = whyNotStopRuleSet(row);
    if (state) throw refusalError(state);
    const stop = { stoppedBy: ctx.actor.id, stoppedAt: ctx.now, stopReason: input.reason };
    let after: Record<string, unknown>;
    if (input.stopFrom) {
      const refusal = whyNotStopRuleSetFrom(row, input.stopFrom);
      if (refusal) throw new AppError('unprocessable', messageRef(refusal.messageKey, refusal.params ?? {}), { field: 'stopFrom' });
      const effectiveTo = new Date(input.stopFrom.getTime() - DAY);
      await tx.authoredRuleSet.update({ where: { id }, data: { effectiveTo, ...stop } });
      after = { state: 'active', stopFrom: iso(input.stopFrom), effectiveTo: iso(effectiveTo), reason: input.reason };
    } else {
      await tx.authoredRuleSet.update({ where: { id }, data: { state: 'deactivated', ...stop } });
      after = { state: 'deactivated', reason: input.reason };
    }
    await recordEvent(tx, ctx, {
      action: 'rules.ruleSet.stop',
      subject: 'AuthoredRuleSet',
      subjectId: id,
      before: { state: row.state, name: row.name, effectiveFrom: iso(row.effectiveFrom), effectiveTo: iso(row.effectiveTo) },
      after,
    });
  });
}
