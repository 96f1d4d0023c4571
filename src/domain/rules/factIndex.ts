// Facts indexed once per evaluation run: staff and collectives by id, their years by start year.
import type { AwardCode, AwardFact, CollectiveFacts, CollectiveYearFacts, EngineFacts, RecordKind, StaffFacts, StaffYearFacts } from './facts.ts';

export interface IndexedStaff {
  id: string;
  name: string;
  facts: StaffFacts;
  byYear: Map<number, StaffYearFacts>;
}

export interface IndexedCollective {
  id: string;
  name: string;
  facts: CollectiveFacts;
  byYear: Map<number, CollectiveYearFacts>;
}

export interface FactIndex {
  staff: Map<string, IndexedStaff>;
  collectives: Map<string, IndexedCollective>;
  /** Whether the school declared its records of `kind` complete for the school year `year`. */
  covered(kind: RecordKind, year: number): boolean;
}

/** Indexes the facts for fast per-year lookups; the input is not copied or changed. */
export function indexFacts(facts: EngineFacts): FactIndex {
  const staff = new Map<string, IndexedStaff>();
  for (const s of facts.staff) {
    staff.set(s.id, { id: s.id, name: s.name ?? s.id, facts: s, byYear: new Map(s.years.map((y) => [y.year, y])) });
  }
  const collectives = new Map<string, IndexedCollective>();
  for (const c of facts.collectives) {
    collectives.set(c.id, { id: c.id, name: c.name ?? c.id, facts: c, byYear: new Map(c.years.map((y) => [y.year, y])) });
  }
  const coverage = new Map<RecordKind, Set<number>>();
  for (const [kind, years] of Object.entries(facts.coverage ?? {})) coverage.set(kind as RecordKind, new Set(years));
  return { staff, collectives, covered: (kind, year) => coverage.get(kind)?.has(year) ?? false };
}

/** The award of `code` recorded in a year's facts, if any. */
export function awardIn(year: { awards?: readonly AwardFact[] } | undefined, code: AwardCode): AwardFact | undefined {
  if (!year?.awards) return undefined;
  for (const a of year.awards) if (a.code === code) return a;
  return undefined;
}
