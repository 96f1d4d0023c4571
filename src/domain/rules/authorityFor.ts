// Who decides a title or form, and which body receives the dossier, on a given date.
import type { AwardCode } from './facts.ts';
import { ruleSetInForce } from './ruleSetInForce.ts';
import type { Authority, RuleSet } from './ruleSetTypes.ts';

/** The authority for `code` under the rule set in force on `date`, or undefined when none applies. */
export function authorityFor(ruleSets: readonly RuleSet[], code: AwardCode, date: Date | string): Authority | undefined {
  return ruleSetInForce(ruleSets, date)?.authorities[code];
}
