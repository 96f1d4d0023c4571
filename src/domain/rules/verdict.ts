// What the engine returns: a verdict per (candidate, title, year), every criterion with its outcome.
import type { AwardCode, AwardFact } from './facts.ts';
import type { Authority, LegalBasis } from './ruleSetTypes.ts';

export type CriterionStatus = 'pass' | 'fail' | 'unknown';
export type VerdictStatus = 'eligible' | 'not_eligible' | 'missing_data';

/** Results may be shared between candidates (see resultCache): treat them as read-only. */
export interface CriterionResult {
  readonly kind: string;
  readonly status: CriterionStatus;
  /** Vietnamese, NFC: what was found ("Thiếu danh hiệu CSTĐCS năm học 2022-2023"). */
  readonly explanation: string;
  /** What is still needed to pass ("CSTĐCS 2025-2026"); empty when passed. */
  readonly need: string;
  readonly basis: LegalBasis;
  readonly children?: readonly CriterionResult[];
}

export interface Verdict {
  candidateId: string;
  subject: 'individual' | 'collective';
  title: AwardCode;
  titleName: string;
  shortName: string;
  year: number;
  yearLabel: string;
  ruleSetId: string;
  ruleSetName: string;
  evaluationDate: string;
  status: VerdictStatus;
  criteria: CriterionResult[];
  /** Set when the title was already awarded for this year. */
  awarded: AwardFact | null;
  authority: Authority | null;
}

/** Combines criterion outcomes: any fail → fail; else any unknown → unknown; else pass. */
export function allStatus(results: readonly CriterionResult[]): CriterionStatus {
  let unknown = false;
  for (const r of results) {
    if (r.status === 'fail') return 'fail';
    if (r.status === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'pass';
}

/** Alternatives: any pass → pass; else any unknown → unknown; else fail. */
export function anyStatus(results: readonly CriterionResult[]): CriterionStatus {
  let unknown = false;
  for (const r of results) {
    if (r.status === 'pass') return 'pass';
    if (r.status === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'fail';
}

/** The verdict status matching a combined criterion status. */
export function verdictStatusOf(status: CriterionStatus): VerdictStatus {
  return status === 'pass' ? 'eligible' : status === 'fail' ? 'not_eligible' : 'missing_data';
}
