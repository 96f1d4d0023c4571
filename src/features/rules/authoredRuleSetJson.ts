// AuthoredRuleSet.definition as stored: { version: 1, ruleSet, baseline }. `ruleSet` is the authored rule set and
// `baseline` the rule set it was copied from as it stood then (the diff shown before activation). The row's columns
// (id, name, state, dates) are the truth for those fields; the JSON is read only through parseRuleSet.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { parseRuleSet, toIsoDate, type RuleSet } from '../../domain/rules/index.ts';
import { AppError } from '../../errors.ts';

const stored = z.object({ version: z.literal(1), ruleSet: z.record(z.string(), z.unknown()), baseline: z.record(z.string(), z.unknown()).nullable() });

export interface AuthoredRow {
  id: string;
  name: string;
  state: string;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  definition: unknown;
  updatedAt: Date;
}

export interface AuthoredRuleSet {
  ruleSet: RuleSet;
  baseline: RuleSet | null;
}

const cache = new Map<string, AuthoredRuleSet>();

/** The row's rule set and baseline; parsed once per version of the row (the engine caches compiled rule sets by object). */
export function readAuthoredRuleSet(row: AuthoredRow): AuthoredRuleSet {
  const key = `${row.id}:${row.updatedAt.getTime()}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const data = stored.parse(row.definition);
  const parsed = parseRuleSet({
    ...data.ruleSet,
    id: row.id,
    name: row.name,
    status: row.state === 'active' || row.state === 'deactivated' ? row.state : 'candidate',
    effectiveFrom: toIsoDate(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? toIsoDate(row.effectiveTo) : null,
  });
  // Every write goes through parseRuleSet, so a stored definition that no longer parses is a bug, not user input.
  if (!parsed.ok) throw new AppError('internal', undefined, { cause: new Error(`AuthoredRuleSet ${row.id}: ${parsed.reason}`) });
  const baseline = data.baseline ? parseRuleSet(data.baseline) : null;
  const out = { ruleSet: parsed.ruleSet, baseline: baseline?.ok ? baseline.ruleSet : null };
  if (cache.size > 256) cache.clear();
  cache.set(key, out);
  return out;
}

/** The JSON written for a rule set and its baseline (version 1). */
export function authoredDefinitionJson(ruleSet: RuleSet, baseline: RuleSet | null): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify({ version: 1, ruleSet, baseline })) as Prisma.InputJsonValue;
}
