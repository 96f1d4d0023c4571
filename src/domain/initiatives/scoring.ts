// Scoring: one reviewer's points per criterion, and the initiative's result from the valid scores. A result exists
// only with enough independent scores and, when two of them lie further apart than the threshold, a third one.
import type { InitiativeRules } from './initiativeRuleTypes.ts';

/** Points per criterion key. */
export type CriterionPoints = Record<string, number>;

/** Why the points cannot be submitted, per criterion key (catalogue-free Vietnamese sentences), or {} when valid. */
export function scoreErrors(rules: InitiativeRules, points: Record<string, number | undefined>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const c of rules.rubric.criteria) {
    const p = points[c.key];
    if (p === undefined || !Number.isFinite(p)) errors[c.key] = `Nhập điểm ${c.name.toLocaleLowerCase('vi')}.`;
    else if (p < 0 || p > c.maxPoints) errors[c.key] = `Điểm từ 0 đến ${c.maxPoints}.`;
    else if (Math.round(p * 2) !== p * 2) errors[c.key] = 'Điểm chấm đến 0,5.';
  }
  return errors;
}

/** The total of one reviewer's points over the rubric's criteria. */
export function scoreTotal(rules: InitiativeRules, points: CriterionPoints): number {
  return rules.rubric.criteria.reduce((sum, c) => sum + (points[c.key] ?? 0), 0);
}

/** Rounds halves away from zero to the configured decimals (1 → 82.25 becomes 82.3). */
export function roundScore(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // The epsilon keeps 82.25 (stored as 82.24999…) from rounding down.
  return Math.round((value + Math.sign(value) * 1e-9) * f) / f;
}

/** The grade band reached by a mean, or null below every band (not recognised). */
export function gradeOf(rules: InitiativeRules, mean: number): string | null {
  const bands = [...rules.grades.bands].sort((a, b) => b.minPoints - a.minPoints);
  return bands.find((b) => mean >= b.minPoints)?.grade ?? null;
}

export type InitiativeResult =
  | { state: 'incomplete'; submitted: number; required: number }
  | { state: 'needs_third_review'; submitted: number; spread: number }
  | { state: 'complete'; submitted: number; mean: number; grade: string | null; spread: number };

/**
 * The result from the totals of the valid scores (each reviewer's latest submitted version, recused reviewers
 * excluded): incomplete below the required count; a third review when the spread exceeds the threshold and only the
 * required count was given; otherwise the rounded mean of all valid scores and its grade.
 */
export function initiativeResult(rules: InitiativeRules, totals: number[]): InitiativeResult {
  const required = rules.reviewersPerInitiative.value;
  if (totals.length < required) return { state: 'incomplete', submitted: totals.length, required };
  const spread = Math.max(...totals) - Math.min(...totals);
  if (spread > rules.disagreementThreshold.value && totals.length <= required) return { state: 'needs_third_review', submitted: totals.length, spread };
  const mean = roundScore(totals.reduce((a, b) => a + b, 0) / totals.length, rules.rounding.decimals);
  return { state: 'complete', submitted: totals.length, mean, grade: gradeOf(rules, mean), spread };
}
