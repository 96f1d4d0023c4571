// The rule sets a school's evaluations choose from: the shipped ones and the school's authored ones (candidates
// included: ruleSetInForce never picks a candidate; an active authored set wins over a shipped set from its start).
import type { Prisma } from '../../generated/prisma/client.ts';
import { RULE_SETS, type RuleSet } from '../../domain/rules/index.ts';
import { readAuthoredRuleSet } from './authoredRuleSetJson.ts';

/** Shipped rule sets, then the school's authored ones (oldest start first). */
export async function loadRuleSets(prisma: Pick<Prisma.TransactionClient, 'authoredRuleSet'>, schoolId: string): Promise<RuleSet[]> {
  const rows = await prisma.authoredRuleSet.findMany({
    where: { schoolId },
    select: { id: true, name: true, state: true, effectiveFrom: true, effectiveTo: true, definition: true, updatedAt: true },
    orderBy: [{ effectiveFrom: 'asc' }, { createdAt: 'asc' }],
  });
  return [...RULE_SETS, ...rows.map((r) => readAuthoredRuleSet(r).ruleSet)];
}
