// Command: one section of a candidate rule set changed in the editor (audited with the differences in words). The
// row is locked and re-read, the edit applied again to what is stored now, and the result must parse as a rule set.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { parseRuleSet, toIsoDate, type RuleSet } from '../../domain/rules/index.ts';
import type { EditResult } from '../../domain/rules/authoring/applyTitleForm.ts';
import { ruleSetDiff } from '../../domain/rules/authoring/ruleSetDiff.ts';
import { AppError } from '../../errors.ts';
import { refusalError } from '../../errors.ts';
import { authoredDefinitionJson } from './authoredRuleSetJson.ts';
import { findAuthoredRuleSet } from './authoredRuleSets.queries.ts';
import { whyNotEditRuleSet } from './ruleAuthoring.policy.ts';

/**
 * `next` with the parameters an override of this set names put back when the edit dropped them (its rows removed):
 * an override of a parameter the set lacks would make every evaluation with the set fail.
 */
async function keepOverridden(tx: Prisma.TransactionClient, schoolId: string, id: string, before: RuleSet, next: RuleSet): Promise<RuleSet> {
  const overrides = await tx.ruleParameterOverride.findMany({ where: { schoolId, ruleSetId: id }, select: { key: true } });
  const lost = overrides.filter((o) => !Object.hasOwn(next.parameters, o.key) && Object.hasOwn(before.parameters, o.key));
  if (!lost.length) return next;
  return { ...next, parameters: { ...next.parameters, ...Object.fromEntries(lost.map((o) => [o.key, before.parameters[o.key]!])) } };
}

/** Applies `edit` to the stored candidate; `general` also changes the name and period columns. */
export async function editAuthoredRuleSet(
  prisma: PrismaClient,
  ctx: CommandContext,
  id: string,
  section: string,
  edit: (rs: RuleSet) => EditResult,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "AuthoredRuleSet" WHERE id = ${id}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
    const current = await findAuthoredRuleSet(tx, ctx.actor.schoolId, id);
    const refusal = whyNotEditRuleSet(current.row);
    if (refusal) throw refusalError(refusal);
    const result = edit(current.ruleSet);
    if (!result.ok) throw new AppError('conflict', 'authored.refusal.changed');
    const parsed = parseRuleSet(await keepOverridden(tx, ctx.actor.schoolId, id, current.ruleSet, result.ruleSet));
    if (!parsed.ok) throw new AppError('unprocessable', parsed.reason, { field: '_form' });
    const next = parsed.ruleSet;
    await tx.authoredRuleSet.update({
      where: { id },
      data: {
        name: next.name,
        effectiveFrom: new Date(`${next.effectiveFrom}T00:00:00Z`),
        effectiveTo: next.effectiveTo ? new Date(`${next.effectiveTo}T00:00:00Z`) : null,
        definition: authoredDefinitionJson(next, current.baseline),
      },
    });
    await recordEvent(tx, ctx, {
      action: 'rules.ruleSet.update',
      subject: 'AuthoredRuleSet',
      subjectId: id,
      before: { name: current.ruleSet.name, effectiveFrom: toIsoDate(current.row.effectiveFrom) },
      after: { section, changes: ruleSetDiff(current.ruleSet, next) },
    });
  });
}
