// Picks the rule set a year's evaluation uses: the one in force on that year's evaluation date.
import { toIsoDate } from './dates.ts';
import type { RuleSet } from './ruleSetTypes.ts';

/** True when `date` (inclusive bounds) falls inside the rule set's effective period. */
export function isInForce(ruleSet: RuleSet, date: Date | string): boolean {
  const day = toIsoDate(date);
  return ruleSet.effectiveFrom <= day && (ruleSet.effectiveTo === null || day <= ruleSet.effectiveTo);
}

/** True when the rule set decides verdicts in its period (active or shipped; not a candidate, not deactivated). */
export function decidesVerdicts(ruleSet: RuleSet): boolean {
  return ruleSet.status === undefined || ruleSet.status === 'active';
}

/**
 * The active rule set in force on `date`, or undefined; the latest start wins if periods overlap, and on the same
 * start the later in the list (a school's authored set, listed after the shipped ones). Candidates and deactivated
 * sets never decide.
 */
export function ruleSetInForce(ruleSets: readonly RuleSet[], date: Date | string): RuleSet | undefined {
  const day = toIsoDate(date);
  let found: RuleSet | undefined;
  for (const rs of ruleSets) {
    if (decidesVerdicts(rs) && isInForce(rs, day) && (found === undefined || rs.effectiveFrom >= found.effectiveFrom)) found = rs;
  }
  return found;
}
