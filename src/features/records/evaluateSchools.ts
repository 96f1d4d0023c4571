// evaluateSchools(): the eligibility of every school of a deployment for one school year (a city's 200 schools, say),
// set-based: the facts of a batch of schools are read with one query per table (schoolId IN the batch), then each
// school is evaluated in memory exactly as evaluateYear does it. A few dozen queries for a city, not thousands; one
// batch of rows held at a time.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { RULE_SETS } from '../../domain/rules/index.ts';
import { readAuthoredRuleSet } from '../rules/authoredRuleSetJson.ts';
import { buildEngineFacts, type FactRows } from './buildEngineFacts.ts';
import {
  assertRuleSetInForce,
  computeYearEvaluation,
  frozenYearEvaluation,
  toParameterOverride,
  type EvaluationPeople,
  type YearEvaluation,
} from './evaluateYear.ts';

/** Schools read together (~80 staff each): small enough that a batch's rows die young (GC), big enough for few queries. */
const BATCH = 10;

/** One school's outcome: its evaluation, or why there is none (no such year, no rule set in force). */
export type SchoolEvaluation = { schoolId: string; evaluation: YearEvaluation } | { schoolId: string; error: Error };

const bySchool = <T extends { schoolId: string }>(rows: T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) (out.get(r.schoolId) ?? out.set(r.schoolId, []).get(r.schoolId)!).push(r);
  return out;
};

/** Reads one batch's rows, table by table, filtered by school (and by year where a table has one). */
async function loadBatch(prisma: PrismaClient, schoolIds: string[], startYear: number) {
  const inBatch = { schoolId: { in: schoolIds } };
  const [years, staff, collectives, frozen, overrides, records, awards, disciplines, pending, initiatives, research, collectiveYears, coverage, authored] =
    await Promise.all([
      prisma.schoolYear.findMany({ where: { ...inBatch, startYear }, select: { schoolId: true, evaluationDate: true } }),
      prisma.staff.findMany({
        where: inBatch,
        select: {
          schoolId: true,
          id: true,
          code: true,
          fullName: true,
          gender: true,
          active: true,
          joinedSectorOn: true,
          collective: { select: { name: true } },
        },
      }),
      prisma.collective.findMany({ where: inBatch, select: { schoolId: true, id: true, name: true, kind: true } }),
      prisma.frozenEvaluation.findMany({ where: { ...inBatch, startYear } }),
      prisma.ruleParameterOverride.findMany({ where: inBatch, orderBy: { createdAt: 'asc' } }),
      // Only the columns the facts read: a city's yearly records are 160,000 rows, and every column costs a parse.
      prisma.staffYearRecord.findMany({
        where: inBatch,
        select: {
          schoolId: true,
          staffId: true,
          startYear: true,
          rating: true,
          monthsWorked: true,
          leaveDays: true,
          maternityLeaveDays: true,
          collectiveId: true,
          disciplineChecked: true,
        },
      }),
      prisma.awardRecord.findMany({
        where: inBatch,
        select: { schoolId: true, staffId: true, collectiveId: true, startYear: true, code: true, decisionNumber: true, decisionDate: true, issuer: true },
      }),
      prisma.disciplineRecord.findMany({ where: inBatch, select: { schoolId: true, staffId: true, startYear: true, level: true, decidedOn: true } }),
      prisma.pendingProceedingRecord.findMany({ where: inBatch, select: { schoolId: true, staffId: true, kind: true, fromDate: true, toDate: true } }),
      // Only recognised initiatives are facts (docs/decisions/012-one-initiative-model.md).
      prisma.initiativeRecord.findMany({
        where: { ...inBatch, status: 'recognised' },
        select: {
          schoolId: true,
          id: true,
          startYear: true,
          title: true,
          level: true,
          grade: true,
          recognisedOn: true,
          authors: { select: { staffId: true, sharePct: true } },
        },
      }),
      prisma.researchRecord.findMany({
        where: inBatch,
        select: { schoolId: true, id: true, staffId: true, startYear: true, title: true, accepted: true, applied: true },
      }),
      prisma.collectiveYearRecord.findMany({ where: inBatch, select: { schoolId: true, collectiveId: true, startYear: true, rating: true } }),
      prisma.recordCoverage.findMany({ where: inBatch, select: { schoolId: true, kind: true, startYear: true } }),
      // The schools' own rule sets (docs/decisions/018): an activated one decides from its start, as in evaluateYear.
      prisma.authoredRuleSet.findMany({
        where: inBatch,
        select: { schoolId: true, id: true, name: true, state: true, effectiveFrom: true, effectiveTo: true, definition: true, updatedAt: true },
        orderBy: [{ effectiveFrom: 'asc' }, { createdAt: 'asc' }],
      }),
    ]);
  return {
    years: new Map(years.map((y) => [y.schoolId, y])),
    staff: bySchool(staff),
    collectives: bySchool(collectives),
    frozen: new Map(frozen.map((f) => [f.schoolId, f])),
    overrides: bySchool(overrides),
    records: bySchool(records),
    awards: bySchool(awards),
    disciplines: bySchool(disciplines),
    pending: bySchool(pending),
    initiatives: bySchool(initiatives),
    research: bySchool(research),
    collectiveYears: bySchool(collectiveYears),
    coverage: bySchool(coverage),
    ruleSets: new Map(schoolIds.map((id) => [id, [...RULE_SETS, ...authored.filter((r) => r.schoolId === id).map((r) => readAuthoredRuleSet(r).ruleSet)]])),
  };
}

/** Evaluates `startYear` for each school, yielding one outcome per school in the given order. */
export async function* evaluateSchools(prisma: PrismaClient, schoolIds: string[], startYear: number): AsyncGenerator<SchoolEvaluation> {
  for (let at = 0; at < schoolIds.length; at += BATCH) {
    const ids = schoolIds.slice(at, at + BATCH);
    const b = await loadBatch(prisma, ids, startYear);
    for (const schoolId of ids) {
      try {
        yield { schoolId, evaluation: evaluateOne(b, schoolId, startYear) };
      } catch (error) {
        yield { schoolId, error: error instanceof Error ? error : new Error(String(error)) };
      }
    }
  }
}

function evaluateOne(b: Awaited<ReturnType<typeof loadBatch>>, schoolId: string, startYear: number): YearEvaluation {
  const year = b.years.get(schoolId);
  if (!year) throw new Error(`School ${schoolId} has no school year ${startYear}.`);
  const staff = b.staff.get(schoolId) ?? [];
  const people: EvaluationPeople = { staff, collectives: b.collectives.get(schoolId) ?? [] };
  const frozen = b.frozen.get(schoolId);
  if (frozen) return frozenYearEvaluation(startYear, frozen, people);
  const evaluationDate = year.evaluationDate.toISOString().slice(0, 10);
  const ruleSets = b.ruleSets.get(schoolId) ?? RULE_SETS;
  assertRuleSetInForce(evaluationDate, ruleSets);
  const rows: FactRows = {
    staff,
    years: b.records.get(schoolId) ?? [],
    awards: b.awards.get(schoolId) ?? [],
    disciplines: b.disciplines.get(schoolId) ?? [],
    pending: b.pending.get(schoolId) ?? [],
    initiatives: b.initiatives.get(schoolId) ?? [],
    research: b.research.get(schoolId) ?? [],
    collectives: people.collectives,
    collectiveYears: b.collectiveYears.get(schoolId) ?? [],
    coverage: b.coverage.get(schoolId) ?? [],
  };
  const overrides = (b.overrides.get(schoolId) ?? []).map(toParameterOverride);
  return computeYearEvaluation(startYear, evaluationDate, people, buildEngineFacts(rows), overrides, ruleSets);
}
