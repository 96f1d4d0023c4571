// Test factories for the rules engine: a staff year that meets LĐTT unless told otherwise, awards with
// decision numbers, initiatives, and a one-call evaluation over the shipped rule sets.
import {
  type AwardCode,
  type AwardFact,
  type CollectiveFacts,
  type EngineFacts,
  type Evaluation,
  type EvaluationOptions,
  type InitiativeFact,
  type InitiativeLevel,
  type StaffFacts,
  type StaffYearFacts,
  RULE_SETS,
  createEvaluation,
  indexFacts,
} from '../../../src/domain/rules/index.ts';

let seq = 0;

/** A staff year rated HTTNV, 12 months worked, no leave, no discipline. */
export function buildYear(year: number, over: Partial<StaffYearFacts> = {}): StaffYearFacts {
  return {
    year,
    rating: 'HTTNV',
    monthsWorked: 12,
    leaveDays: 0,
    disciplines: [],
    awards: [],
    initiatives: [],
    research: [],
    ...over,
  };
}

/** An award recorded for a school year, decided on 15 June of its second calendar year. */
export function buildAward(code: AwardCode, year: number): AwardFact {
  seq += 1;
  return { code, decisionNumber: `${seq}/QĐ-UBND`, decisionDate: `${year + 1}-06-15`, issuer: 'Chủ tịch UBND quận' };
}

/** A recognised initiative (sole author unless `authors` is given). */
export function buildInitiative(level: InitiativeLevel, over: Partial<InitiativeFact> = {}): InitiativeFact {
  seq += 1;
  return { id: `sk-${seq}`, level, ...over };
}

/** A staff member with the given years. */
export function buildStaff(id: string, years: StaffYearFacts[], over: Partial<StaffFacts> = {}): StaffFacts {
  return { id, name: `Cán bộ ${id}`, gender: 'male', pending: [], years, ...over };
}

/** A year where the person held `code` (by award) for each listed year. */
export function yearsWithAward(code: AwardCode, years: number[], over: Partial<StaffYearFacts> = {}): StaffYearFacts[] {
  return years.map((y) => buildYear(y, { awards: [buildAward(code, y)], ...over }));
}

/** Evaluates `year` over the shipped rule sets. */
export function evaluate(facts: { staff?: StaffFacts[]; collectives?: CollectiveFacts[] }, year: number, options: Partial<EvaluationOptions> = {}): Evaluation {
  const all: EngineFacts = { staff: facts.staff ?? [], collectives: facts.collectives ?? [] };
  return createEvaluation(indexFacts(all), RULE_SETS, { year, ...options });
}

/** The status of one title for one staff member evaluated alone. */
export function statusOf(staff: StaffFacts, code: AwardCode, year: number, options: Partial<EvaluationOptions> = {}) {
  return evaluate({ staff: [staff] }, year, options).verdict(staff.id, code).status;
}
