// evaluateYear(): the verdicts of a school year under the rule set in force on its evaluation date, with the
// school's audited parameter overrides, unless the year's results were frozen in a decision (then those).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import {
  createEvaluation,
  evaluateAll,
  indexFacts,
  ratioCapReport,
  RULE_SETS,
  ruleSetInForce,
  type EngineFacts,
  type ParameterOverride,
  type RatioCapReport,
  type RecordCoverage,
  isInForce,
  type Verdict,
} from '../../domain/rules/index.ts';
import type { RuleSet } from '../../domain/rules/ruleSetTypes.ts';
import { AppError } from '../../errors.ts';
import { loadEngineFacts } from './loadEngineFacts.ts';
import { readFrozenVerdicts } from '../eligibility/frozenEvaluationJson.ts';
import { readOverrideValue } from '../rules/parameterOverrideJson.ts';
import { loadRuleSets } from '../rules/loadRuleSets.ts';

/** A stored parameter override in the engine's shape. */
export function toParameterOverride(r: { key: string; value: unknown; ruleSetId: string; effectiveFrom: Date; reason: string }): ParameterOverride {
  return { key: r.key, value: readOverrideValue(r.value), ruleSetId: r.ruleSetId, effectiveFrom: r.effectiveFrom.toISOString().slice(0, 10), reason: r.reason };
}

/** The school's parameter overrides in the engine's shape. */
export async function loadOverrides(prisma: PrismaClient, schoolId: string): Promise<ParameterOverride[]> {
  const rows = await prisma.ruleParameterOverride.findMany({ where: { schoolId }, orderBy: { createdAt: 'asc' } });
  return rows.map(toParameterOverride);
}

export interface YearEvaluation {
  startYear: number;
  evaluationDate: string;
  ruleSetId: string;
  ruleSetName: string;
  frozen: { decisionRef: string; frozenAt: Date } | null;
  verdicts: Verdict[];
  /** Ratio caps configured for the year (none when the rule set has no cap set). */
  caps: RatioCapReport[];
  staffNames: Map<string, { code: string; name: string; gender: string; collectiveName: string | null }>;
  collectiveNames: Map<string, string>;
  /** Candidate (draft) rule sets whose planned period covers the evaluation date: not applied, and the report says so. */
  candidates?: { name: string; effectiveFrom: string }[];
  /** The school years the school declared complete, per record kind. */
  coverage?: RecordCoverage;
}

/** The staff and collective columns an evaluation reads (names for the report, who is active, which are groups). */
export interface EvaluationPeople {
  staff: Array<{ id: string; code: string; fullName: string; gender: string; active: boolean; collective: { name: string } | null }>;
  collectives: Array<{ id: string; name: string; kind: string }>;
}

type FrozenRow = { evaluationDate: Date; ruleSetId: string; verdicts: unknown; decisionRef: string; frozenAt: Date };

function namesOf(people: EvaluationPeople): Pick<YearEvaluation, 'staffNames' | 'collectiveNames'> {
  return {
    staffNames: new Map(people.staff.map((s) => [s.id, { code: s.code, name: s.fullName, gender: s.gender, collectiveName: s.collective?.name ?? null }])),
    collectiveNames: new Map(people.collectives.map((c) => [c.id, c.name])),
  };
}

/** A year whose results were frozen in a decision: those results, whatever the facts say now. */
export function frozenYearEvaluation(startYear: number, frozen: FrozenRow, people: EvaluationPeople): YearEvaluation {
  const verdicts = readFrozenVerdicts(frozen.verdicts);
  return {
    startYear,
    evaluationDate: frozen.evaluationDate.toISOString().slice(0, 10),
    ruleSetId: frozen.ruleSetId,
    ruleSetName: verdicts[0]?.ruleSetName ?? frozen.ruleSetId,
    frozen: { decisionRef: frozen.decisionRef, frozenAt: frozen.frozenAt },
    verdicts,
    caps: [],
    ...namesOf(people),
  };
}

/** Refuses (409 with a Vietnamese message) a date no rule set covers: a year before the first rule set or past the last. */
export function assertRuleSetInForce(evaluationDate: string, ruleSets: readonly RuleSet[] = RULE_SETS): void {
  if (!ruleSetInForce(ruleSets, evaluationDate)) {
    throw new AppError('conflict', 'eligibility.noRuleSet', { params: { date: evaluationDate.split('-').reverse().join('/') } });
  }
}

/** Runs the engine on loaded facts: every active staff member and every collective but the school, each title. */
export function computeYearEvaluation(
  startYear: number,
  evaluationDate: string,
  people: EvaluationPeople,
  facts: EngineFacts,
  overrides: ParameterOverride[],
  ruleSets: readonly RuleSet[] = RULE_SETS,
): YearEvaluation {
  const index = indexFacts(facts);
  const candidates = ruleSets
    .filter((r) => r.status === 'candidate' && isInForce(r, evaluationDate))
    .map((r) => ({
      name: r.name,
      effectiveFrom: r.effectiveFrom,
    }));
  const ev = createEvaluation(index, ruleSets, { year: startYear, evaluationDate, overrides });
  const individual = ev.ruleSet.titles.filter((t) => t.subject === 'individual').map((t) => t.code);
  const collective = ev.ruleSet.titles.filter((t) => t.subject === 'collective').map((t) => t.code);
  const activeIds = people.staff.filter((s) => s.active).map((s) => s.id);
  const caps = ev.ruleSet.ratioCaps.map((c) => ratioCapReport(ev, index, c.title, activeIds)).filter((r) => r.pct !== null);
  const verdicts = [
    ...evaluateAll(ev, activeIds, individual),
    ...evaluateAll(
      ev,
      people.collectives.filter((c) => c.kind !== 'school').map((c) => c.id),
      collective,
    ),
  ];
  return {
    startYear,
    evaluationDate,
    ruleSetId: ev.ruleSet.id,
    ruleSetName: ev.ruleSet.name,
    frozen: null,
    verdicts,
    caps,
    ...namesOf(people),
    candidates,
    coverage: facts.coverage ?? {},
  };
}

/** Evaluates every active staff member and collective for every title of the year's rule set. */
export async function evaluateYear(prisma: PrismaClient, schoolId: string, startYear: number, opts: { date?: string } = {}): Promise<YearEvaluation> {
  const year = await prisma.schoolYear.findFirst({ where: { schoolId, startYear } });
  if (!year) throw new AppError('not_found', 'error.notFound.body');
  const [staff, collectives, frozen] = await Promise.all([
    prisma.staff.findMany({
      where: { schoolId },
      select: { id: true, code: true, fullName: true, gender: true, active: true, collective: { select: { name: true } } },
    }),
    prisma.collective.findMany({ where: { schoolId }, select: { id: true, name: true, kind: true } }),
    opts.date ? Promise.resolve(null) : prisma.frozenEvaluation.findUnique({ where: { schoolId_startYear: { schoolId, startYear } } }),
  ]);
  if (frozen) return frozenYearEvaluation(startYear, frozen, { staff, collectives });
  const evaluationDate = opts.date ?? year.evaluationDate.toISOString().slice(0, 10);
  // The shipped rule sets and the school's authored ones: an activated authored set decides from its start.
  const ruleSets = await loadRuleSets(prisma, schoolId);
  assertRuleSetInForce(evaluationDate, ruleSets);
  const [facts, overrides] = await Promise.all([loadEngineFacts(prisma, schoolId), loadOverrides(prisma, schoolId)]);
  return computeYearEvaluation(startYear, evaluationDate, { staff, collectives }, facts, overrides, ruleSets);
}
