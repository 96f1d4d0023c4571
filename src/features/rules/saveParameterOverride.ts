// Command: an administrator changes a rule-set parameter from a date on (audited). Past years keep their value
// (the override applies from its date) and frozen evaluations are never recomputed.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyInvalidParameterValue, type ParameterValue, type RuleSet } from '../../domain/rules/index.ts';
import { AppError } from '../../errors.ts';
import { foldForSearch } from '../../domain/text.ts';
import { overrideValueJson, readOverrideValue } from './parameterOverrideJson.ts';

/** Parses the submitted text into the parameter's kind of value ('' → null). */
export function parseParameterValue(raw: string): ParameterValue {
  const v = raw.trim();
  if (v === '') return null;
  const folded = foldForSearch(v);
  if (['true', 'co', 'yes'].includes(folded)) return true;
  if (['false', 'khong', 'no'].includes(folded)) return false;
  if (/^-?\d+(\.\d+)?$/.test(v.replace(',', '.'))) return Number(v.replace(',', '.'));
  return v;
}

/**
 * Stores the override for each chosen rule set that has the parameter (one transaction, one audit row each), after
 * validating it against the parameter's kind. `ruleSets`: the school's rule sets (shipped and authored).
 */
export async function saveParameterOverride(
  prisma: PrismaClient,
  ctx: CommandContext,
  input: { ruleSets: readonly RuleSet[]; ruleSetIds: readonly string[]; key: string; raw: string; effectiveFrom: Date; reason: string },
) {
  const targets = input.ruleSetIds.map((id) => input.ruleSets.find((r) => r.id === id && Object.hasOwn(r.parameters, input.key)));
  if (targets.length === 0 || targets.some((t) => !t)) throw new AppError('not_found', 'error.notFound.body');
  const value = parseParameterValue(input.raw);
  for (const ruleSet of targets as RuleSet[]) {
    const problem = whyInvalidParameterValue(ruleSet.parameters[input.key]!, value);
    if (problem) throw new AppError('unprocessable', problem, { field: 'value' });
  }
  await prisma.$transaction(async (tx) => {
    for (const ruleSet of targets as RuleSet[]) {
      const parameter = ruleSet.parameters[input.key]!;
      // Serialise changes of one parameter; the same change sent again (a double click) is not stored twice.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`override:${ctx.actor.schoolId}:${ruleSet.id}:${parameter.key}`}))`;
      const latest = await tx.ruleParameterOverride.findFirst({
        where: { schoolId: ctx.actor.schoolId, ruleSetId: ruleSet.id, key: parameter.key },
        orderBy: { createdAt: 'desc' },
      });
      const same =
        latest &&
        readOverrideValue(latest.value) === value &&
        latest.effectiveFrom.getTime() === input.effectiveFrom.getTime() &&
        latest.reason === input.reason;
      if (same) continue;
      const row = await tx.ruleParameterOverride.create({
        data: {
          schoolId: ctx.actor.schoolId,
          ruleSetId: ruleSet.id,
          key: parameter.key,
          value: overrideValueJson(value),
          effectiveFrom: input.effectiveFrom,
          reason: input.reason,
          createdBy: ctx.actor.id!,
        },
      });
      await recordEvent(tx, ctx, {
        action: 'rules.parameter.change',
        subject: 'RuleParameterOverride',
        subjectId: row.id,
        before: { value: parameter.value },
        after: { ruleSetId: ruleSet.id, key: parameter.key, value, effectiveFrom: input.effectiveFrom, reason: input.reason },
      });
    }
  });
}
