// "Next reachable titles and what is missing" for a personal record page: evaluates a (usually future) year
// and turns criteria that are still unknown into needs; a failed criterion makes the title unreachable.
import type { AwardCode } from './facts.ts';
import type { FactIndex } from './factIndex.ts';
import { joinVi } from './labels.ts';
import type { RuleSet } from './ruleSetTypes.ts';
import { type EvaluationOptions, createEvaluation } from './createEvaluation.ts';
import type { CriterionResult } from './verdict.ts';

export interface ForecastItem {
  title: AwardCode;
  titleName: string;
  year: number;
  yearLabel: string;
  status: 'eligible' | 'reachable' | 'unreachable';
  needs: string[];
  blockers: string[];
  message: string; // "CSTĐ Thành phố năm học 2025-2026: cần CSTĐCS 2025-2026 và một sáng kiến …"
}

const of = (criteria: CriterionResult[], status: CriterionResult['status'], pick: (c: CriterionResult) => string) =>
  criteria.filter((c) => c.status === status).map(pick);

/** Forecasts the individual titles (or `titles`) for one staff member in `options.year`. */
export function forecastTitles(
  index: FactIndex,
  ruleSets: readonly RuleSet[],
  staffId: string,
  options: EvaluationOptions & { titles?: readonly AwardCode[] },
): ForecastItem[] {
  const ev = createEvaluation(index, ruleSets, options);
  const codes = options.titles ?? ev.ruleSet.titles.filter((t) => t.subject === 'individual').map((t) => t.code);
  return codes.map((code) => {
    const v = ev.verdict(staffId, code);
    const short = ev.ruleSet.titles.find((t) => t.code === code)?.shortName ?? code;
    const head = `${short} năm học ${v.yearLabel}`;
    const base = { title: code, titleName: v.titleName, year: v.year, yearLabel: v.yearLabel };
    if (v.status === 'eligible') return { ...base, status: 'eligible', needs: [], blockers: [], message: `${head}: đã đủ điều kiện` };
    if (v.status === 'not_eligible') {
      const blockers = of(v.criteria, 'fail', (c) => c.explanation);
      return { ...base, status: 'unreachable', needs: [], blockers, message: `${head}: chưa thể đạt (${blockers.join('; ')})` };
    }
    const needs = of(v.criteria, 'unknown', (c) => c.need);
    return { ...base, status: 'reachable', needs, blockers: [], message: `${head}: cần ${joinVi(needs)}` };
  });
}
