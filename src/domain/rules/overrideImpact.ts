// Which evaluations a parameter change reaches, before it is saved (issue 11 §4): every school year whose evaluation
// date is on or after the change's date and is decided by one of the rule sets it is saved for, except frozen years.
// The rules page lists them ("áp dụng cho các lần xét từ ngày …"), so a cap set today is not silently ignored for a
// year evaluated under another rule set or before the date.
import { toIsoDate } from './dates.ts';
import type { RuleSet } from './ruleSetTypes.ts';
import { ruleSetInForce } from './ruleSetInForce.ts';

export interface ImpactYear {
  startYear: number;
  evaluationDate: string;
  applies: boolean;
  /** Why not: before the date, decided by another rule set (named), frozen by a decision, no rule set at all. */
  why: null | { kind: 'before' } | { kind: 'otherRuleSet'; name: string } | { kind: 'frozen'; ref: string } | { kind: 'noRuleSet' };
}

/** One line per school year, oldest first. */
export function overrideImpact(
  ruleSets: readonly RuleSet[],
  years: readonly { startYear: number; evaluationDate: Date | string; frozenRef: string | null }[],
  targetIds: readonly string[],
  effectiveFrom: Date | string,
): ImpactYear[] {
  const from = toIsoDate(effectiveFrom);
  return [...years]
    .sort((a, b) => a.startYear - b.startYear)
    .map((y) => {
      const evaluationDate = toIsoDate(y.evaluationDate);
      const inForce = ruleSetInForce(ruleSets, evaluationDate);
      const line = (why: ImpactYear['why']): ImpactYear => ({ startYear: y.startYear, evaluationDate, applies: why === null, why });
      if (y.frozenRef !== null) return line({ kind: 'frozen', ref: y.frozenRef });
      if (!inForce) return line({ kind: 'noRuleSet' });
      if (!targetIds.includes(inForce.id)) return line({ kind: 'otherRuleSet', name: inForce.name });
      if (evaluationDate < from) return line({ kind: 'before' });
      return line(null);
    });
}
