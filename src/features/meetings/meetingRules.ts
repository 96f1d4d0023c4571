// The rule set (with the school's audited overrides) in force on a meeting date: thresholds, quorum, attendance.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { ruleSetInForce, withParameterOverrides, type RuleSet } from '../../domain/rules/index.ts';
import { loadRuleSets } from '../rules/loadRuleSets.ts';
import { AppError } from '../../errors.ts';
import { readOverrideValue } from '../rules/parameterOverrideJson.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The rule set in force on `date` for the school, overrides applied as of that date. */
export async function ruleSetOn(db: Db, schoolId: string, date: Date): Promise<RuleSet> {
  const base = ruleSetInForce(await loadRuleSets(db, schoolId), date);
  if (!base) throw new AppError('conflict', 'meetings.refusal.noRuleSet');
  const rows = await db.ruleParameterOverride.findMany({ where: { schoolId }, orderBy: { createdAt: 'asc' } });
  const overrides = rows.map((r) => ({
    key: r.key,
    value: readOverrideValue(r.value),
    ruleSetId: r.ruleSetId,
    effectiveFrom: r.effectiveFrom.toISOString().slice(0, 10),
  }));
  return withParameterOverrides(base, overrides, date);
}
