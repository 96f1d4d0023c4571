// What a compiled criterion sees when it runs: the candidate, the year, and the evaluation for look-ups.
import type { AwardCode, AwardFact, CollectiveYearFacts, RecordKind, StaffYearFacts } from '../facts.ts';
import type { IndexedCollective, IndexedStaff } from '../factIndex.ts';
import type { LegalBasis } from '../ruleSetTypes.ts';
import type { CriterionResult, CriterionStatus, Verdict } from '../verdict.ts';

/** Whether a person holds a title in a year: awarded, or (for the evaluated year) eligible. */
export interface TitleMet {
  status: CriterionStatus;
  award: AwardFact | undefined;
  /** For the evaluated year: the verdict behind the status, so a dependent title can name its cause. */
  verdict?: Verdict;
}

export interface EvaluationCore {
  year: number;
  evaluationDate: string;
  titleMet(staff: IndexedStaff, code: AwardCode, year: number): TitleMet;
  staffById(id: string): IndexedStaff | undefined;
  shortName(code: AwardCode): string;
  /** Whether the school declared its records of `kind` complete for `year` (absence then means none). */
  covered(kind: RecordKind, year: number): boolean;
}

export interface StaffContext {
  ev: EvaluationCore;
  staff: IndexedStaff;
  year: number;
  current: StaffYearFacts | undefined;
}

export interface CollectiveContext {
  ev: EvaluationCore;
  collective: IndexedCollective;
  year: number;
  current: CollectiveYearFacts | undefined;
}

export type StaffCheck = (ctx: StaffContext) => CriterionResult;
export type CollectiveCheck = (ctx: CollectiveContext) => CriterionResult;

/** Builds a criterion result; `need` is empty for a pass. */
export function result(
  kind: string,
  status: CriterionStatus,
  explanation: string,
  need: string,
  basis: LegalBasis,
  children?: CriterionResult[],
): CriterionResult {
  return children ? { kind, status, explanation, need, basis, children } : { kind, status, explanation, need, basis };
}

export type ResultCache = (year: number, variant: number, make: () => CriterionResult) => CriterionResult;

/**
 * Shared, frozen results per (year, outcome variant). Most outcomes repeat across thousands of staff
 * ("Xếp loại HTTNV năm học 2024-2025"); sharing them keeps a 16,000-staff run from retaining a string
 * per criterion per person, which is what made garbage collection dominate the benchmark.
 */
export function resultCache(): ResultCache {
  const byYear = new Map<number, Map<number, CriterionResult>>();
  return (year, variant, make) => {
    let byVariant = byYear.get(year);
    if (!byVariant) byYear.set(year, (byVariant = new Map<number, CriterionResult>()));
    let r = byVariant.get(variant);
    if (r === undefined) byVariant.set(variant, (r = Object.freeze(make())));
    return r;
  };
}
