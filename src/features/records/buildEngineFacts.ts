// buildEngineFacts(): one school's database rows in the engine's facts (src/domain/rules/facts.ts). Pure, so the
// rows can come from one school's queries (loadEngineFacts) or from set-based queries over many schools
// (loadSchoolsFacts). Every lookup goes through a map: linear in the rows, whatever the school's size.
import type {
  AwardCode,
  CollectiveFacts,
  DisciplineLevel,
  EngineFacts,
  InitiativeLevel,
  RecordCoverage,
  StaffFacts,
  StaffYearFacts,
} from '../../domain/rules/facts.ts';
import { RECORD_KINDS, type RecordKind } from '../../domain/rules/index.ts';

type Num = { toNumber(): number };

/** The columns the facts are built from (a subset of each table's row). */
export interface FactRows {
  staff: Array<{ id: string; fullName: string; gender: 'male' | 'female'; joinedSectorOn: Date | null }>;
  years: Array<{
    staffId: string;
    startYear: number;
    rating: string | null;
    monthsWorked: Num | null;
    leaveDays: number | null;
    maternityLeaveDays: number;
    collectiveId: string | null;
    disciplineChecked: boolean;
  }>;
  awards: Array<{
    staffId: string | null;
    collectiveId: string | null;
    startYear: number;
    code: string;
    decisionNumber: string;
    decisionDate: Date;
    issuer: string;
  }>;
  disciplines: Array<{ staffId: string; startYear: number; level: string; decidedOn: Date }>;
  pending: Array<{ staffId: string; kind: string; fromDate: Date; toDate: Date | null }>;
  initiatives: Array<{
    id: string;
    startYear: number;
    title: string;
    level: string;
    grade: string | null;
    recognisedOn: Date | null;
    authors: Array<{ staffId: string; sharePct: Num }>;
  }>;
  research: Array<{ id: string; staffId: string; startYear: number; title: string; accepted: boolean; applied: boolean | null }>;
  collectives: Array<{ id: string; name: string }>;
  collectiveYears: Array<{ collectiveId: string; startYear: number; rating: string | null }>;
  coverage: Array<{ kind: string; startYear: number }>;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Groups `items` by `key` (insertion order kept within each group). */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Per record kind, the school years (ascending) declared complete. */
export function coverageOf(rows: FactRows['coverage']): RecordCoverage {
  const out: Partial<Record<RecordKind, number[]>> = {};
  for (const r of [...rows].sort((a, b) => a.startYear - b.startYear))
    if ((RECORD_KINDS as readonly string[]).includes(r.kind)) (out[r.kind as RecordKind] ??= []).push(r.startYear);
  return out;
}

/** The engine's facts for the staff and collectives in `rows`. */
export function buildEngineFacts(rows: FactRows): EngineFacts {
  const staffIds = new Set(rows.staff.map((s) => s.id));
  const yearFacts = new Map<string, Map<number, StaffYearFacts>>();
  const yearOf = (staffId: string, year: number): StaffYearFacts => {
    let perStaff = yearFacts.get(staffId);
    if (!perStaff) yearFacts.set(staffId, (perStaff = new Map<number, StaffYearFacts>()));
    let y = perStaff.get(year);
    if (!y) perStaff.set(year, (y = { year, rating: null, monthsWorked: null, leaveDays: null, disciplines: null, awards: [], initiatives: [], research: [] }));
    return y;
  };
  for (const r of rows.years) {
    Object.assign(yearOf(r.staffId, r.startYear), {
      rating: r.rating,
      monthsWorked: r.monthsWorked === null ? null : r.monthsWorked.toNumber(), // Decimal(4,1): exact in a double
      leaveDays: r.leaveDays,
      maternityLeaveDays: r.maternityLeaveDays,
      disciplines: r.disciplineChecked ? [] : null,
    });
  }
  for (const d of rows.disciplines) (yearOf(d.staffId, d.startYear).disciplines ??= []).push({ level: d.level as DisciplineLevel, date: iso(d.decidedOn) });
  const awardFact = (a: FactRows['awards'][number]) => ({
    code: a.code as AwardCode,
    decisionNumber: a.decisionNumber,
    decisionDate: iso(a.decisionDate),
    issuer: a.issuer,
  });
  for (const a of rows.awards) if (a.staffId) yearOf(a.staffId, a.startYear).awards.push(awardFact(a));
  for (const i of rows.initiatives) {
    const fact = {
      id: i.id,
      title: i.title,
      level: i.level as InitiativeLevel,
      grade: i.grade,
      recognisedOn: i.recognisedOn ? iso(i.recognisedOn) : null,
      authors: i.authors.map((x) => ({ staffId: x.staffId, sharePct: x.sharePct.toNumber() })),
    };
    for (const author of i.authors)
      if (yearFacts.has(author.staffId) || staffIds.has(author.staffId)) yearOf(author.staffId, i.startYear).initiatives.push(fact);
  }
  for (const r of rows.research) yearOf(r.staffId, r.startYear).research.push({ id: r.id, title: r.title, accepted: r.accepted, applied: r.applied });

  const pendingBy = groupBy(rows.pending, (p) => p.staffId);
  const staff: StaffFacts[] = rows.staff.map((s) => ({
    id: s.id,
    name: s.fullName,
    gender: s.gender,
    // The staff register keeps "ngày vào ngành", the date the person was recruited into the sector (tenure rule).
    recruitedOn: s.joinedSectorOn ? iso(s.joinedSectorOn) : null,
    pending: (pendingBy.get(s.id) ?? []).map((p) => ({
      kind: p.kind as 'discipline' | 'investigation',
      from: iso(p.fromDate),
      to: p.toDate ? iso(p.toDate) : null,
    })),
    years: [...(yearFacts.get(s.id)?.values() ?? [])].sort((a, b) => a.year - b.year),
  }));

  // Membership of a collective in a year comes from that year's staff record (its collectiveId).
  const members = groupBy(
    rows.years.filter((r) => r.collectiveId),
    (r) => `${r.collectiveId}:${r.startYear}`,
  );
  const ratingOf = new Map(rows.collectiveYears.map((y) => [`${y.collectiveId}:${y.startYear}`, y.rating]));
  const awardsOf = groupBy(
    rows.awards.filter((a) => a.collectiveId),
    (a) => `${a.collectiveId}:${a.startYear}`,
  );
  const yearsOf = new Map<string, Set<number>>();
  for (const r of [...rows.collectiveYears, ...rows.years])
    if (r.collectiveId) (yearsOf.get(r.collectiveId) ?? yearsOf.set(r.collectiveId, new Set()).get(r.collectiveId)!).add(r.startYear);
  const collectives: CollectiveFacts[] = rows.collectives.map((c) => ({
    id: c.id,
    name: c.name,
    years: [...(yearsOf.get(c.id) ?? [])].sort().map((year) => ({
      year,
      rating: (ratingOf.get(`${c.id}:${year}`) ?? null) as CollectiveFacts['years'][number]['rating'],
      memberIds: (members.get(`${c.id}:${year}`) ?? []).map((r) => r.staffId),
      awards: (awardsOf.get(`${c.id}:${year}`) ?? []).map(awardFact),
    })),
  }));
  return { staff, collectives, coverage: coverageOf(rows.coverage) };
}
