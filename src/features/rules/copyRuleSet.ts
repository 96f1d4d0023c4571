// Command: an administrator copies a rule set (shipped or authored) into a new candidate ("dự thảo") of the school.
// The copy takes the parameter values in force today, the school's audited changes included; it decides nothing
// until activated (activateRuleSet.ts).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamIsoDate } from '../../domain/calendarDay.ts';
import { parseRuleSet, toIsoDate, withParameterOverrides } from '../../domain/rules/index.ts';
import { AppError } from '../../errors.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { authoredDefinitionJson } from './authoredRuleSetJson.ts';
import { loadRuleSets } from './loadRuleSets.ts';

/** Creates the candidate and returns its id. */
export async function copyRuleSet(
  prisma: PrismaClient,
  ctx: CommandContext,
  input: { sourceId: string; name: string; effectiveFrom: Date; effectiveTo: Date | null },
): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  const source = (await loadRuleSets(prisma, schoolId)).find((r) => r.id === input.sourceId);
  if (!source) throw new AppError('unprocessable', 'form.choose', { field: 'sourceId' });
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
    throw new AppError('unprocessable', 'Ngày kết thúc hiệu lực phải sau ngày bắt đầu.', { field: 'effectiveTo' });
  }
  const baseline = withParameterOverrides(source, await loadOverrides(prisma, schoolId), vietnamIsoDate(ctx.now));
  const id = randomUUID();
  const parsed = parseRuleSet({
    ...baseline,
    id,
    name: input.name,
    status: 'candidate',
    effectiveFrom: toIsoDate(input.effectiveFrom),
    effectiveTo: input.effectiveTo ? toIsoDate(input.effectiveTo) : null,
  });
  if (!parsed.ok) throw new AppError('unprocessable', parsed.reason, { field: '_form' });
  await prisma.$transaction(async (tx) => {
    await tx.authoredRuleSet.create({
      data: {
        id,
        schoolId,
        name: input.name,
        sourceRuleSetId: source.id,
        state: 'candidate',
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo,
        definition: authoredDefinitionJson(parsed.ruleSet, baseline),
        createdBy: ctx.actor.id!,
      },
    });
    await recordEvent(tx, ctx, {
      action: 'rules.ruleSet.create',
      subject: 'AuthoredRuleSet',
      subjectId: id,
      after: { name: input.name, source: source.id, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo },
    });
  });
  return id;
}
