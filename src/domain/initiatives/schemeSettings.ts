// The rules of a school year's initiative settings page: the rubric totals 100, the grade bands descend, the scoring
// deadline follows the submission deadline inside the year — and the scoring scheme is frozen once a score exists.
import type { GradeBand, InitiativeRules, RubricCriterion } from './initiativeRuleTypes.ts';

/** What the settings page changes for a school year. */
export interface SchemeSettings {
  criteria: RubricCriterion[];
  bands: GradeBand[];
  disagreementThreshold: number;
  decimals: number;
  excludeSameCollective: boolean;
  scoringReminderDays: number;
  submissionDueOn: Date | null;
  scoringDueOn: Date | null;
}

/** The total every rubric must reach (the scale: 100 points). */
export const RUBRIC_TOTAL = 100;

/** Field → message key for each rule the settings break ({} when valid). */
export function schemeSettingsErrors(s: SchemeSettings, year: { startsOn: Date; endsOn: Date }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (s.criteria.length === 0) errors.criteria = 'initiativeSettings.needCriterion';
  else if (s.criteria.reduce((sum, c) => sum + c.maxPoints, 0) !== RUBRIC_TOTAL) errors.criteria = 'initiativeSettings.rubricSum';
  const sorted = [...s.bands].sort((a, b) => b.minPoints - a.minPoints);
  if (sorted.some((b, n) => b.grade !== s.bands[n]!.grade || (n > 0 && b.minPoints === sorted[n - 1]!.minPoints)))
    errors[`band.${s.bands.at(-1)?.grade ?? ''}`] = 'initiativeSettings.bandsOrder';
  for (const name of ['submissionDueOn', 'scoringDueOn'] as const) {
    const d = s[name];
    if (d && (d < year.startsOn || d > year.endsOn)) errors[name] = 'initiativeSettings.outsideYear';
  }
  if (s.submissionDueOn && s.scoringDueOn && !errors.scoringDueOn && s.scoringDueOn <= s.submissionDueOn)
    errors.scoringDueOn = 'initiativeSettings.scoringBeforeSubmission';
  return errors;
}

/** The parts of the rules that decide a result: rubric, bands, the third-review gap and the rounding. */
function scheme(r: InitiativeRules) {
  return JSON.stringify([r.rubric.criteria, r.grades.bands, r.disagreementThreshold.value, r.rounding.decimals]);
}

/**
 * Why the scoring scheme may not change (a message key), or null. Once a score of the year is submitted, the scheme
 * is frozen: old scores were given on it, and a different rubric or band would silently change results (ADR 013).
 */
export function whyNotChangeScheme(before: InitiativeRules, after: InitiativeRules, scoresExist: boolean): string | null {
  return scoresExist && scheme(before) !== scheme(after) ? 'initiativeSettings.schemeLocked' : null;
}
