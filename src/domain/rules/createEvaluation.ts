// One evaluation run: a school year, its evaluation date and the rule set in force then. Verdicts are memoised
// per (title, candidate), so chains ("current year counts when eligible") and collectives reuse them.
import { schoolYearLabel } from '../schoolYear.ts';
import { defaultEvaluationDate, toIsoDate } from './dates.ts';
import type { AwardCode } from './facts.ts';
import { type FactIndex, type IndexedStaff, awardIn } from './factIndex.ts';
import { formatIsoDate } from './labels.ts';
import { ruleSetInForce } from './ruleSetInForce.ts';
import type { ParameterOverride, RuleSet } from './ruleSetTypes.ts';
import { withParameterOverrides } from './withParameterOverrides.ts';
import { type CompiledTitle, compileRuleSet } from './compileRuleSet.ts';
import type { EvaluationCore, TitleMet } from './criteria/context.ts';
import type { Verdict } from './verdict.ts';
import { buildVerdict } from './buildVerdict.ts';

const MET: Readonly<Record<'pass' | 'fail' | 'unknown', TitleMet>> = {
  pass: Object.freeze({ status: 'pass', award: undefined }),
  fail: Object.freeze({ status: 'fail', award: undefined }),
  unknown: Object.freeze({ status: 'unknown', award: undefined }),
};

export interface EvaluationOptions {
  year: number; // start year of the school year: 2024 = "2024-2025"
  evaluationDate?: Date | string; // default 31 May of the second calendar year
  overrides?: readonly ParameterOverride[]; // admin changes, applied as of the evaluation date
}

export interface Evaluation {
  year: number;
  yearLabel: string;
  evaluationDate: string;
  ruleSet: RuleSet;
  /** The verdict for a staff member or a collective (by the title's subject). */
  verdict(candidateId: string, title: AwardCode): Verdict;
  /** Whether a staff member holds a title in a year (awarded, or eligible in the evaluated year). */
  titleMet(staffId: string, title: AwardCode, year: number): TitleMet;
}

/** Starts an evaluation of `options.year` under the rule set in force on its evaluation date. */
export function createEvaluation(index: FactIndex, ruleSets: readonly RuleSet[], options: EvaluationOptions): Evaluation {
  const { year } = options;
  const evaluationDate = toIsoDate(options.evaluationDate ?? defaultEvaluationDate(year));
  const inForce = ruleSetInForce(ruleSets, evaluationDate);
  if (!inForce) throw new RangeError(`Không có bộ quy tắc nào có hiệu lực ngày ${formatIsoDate(evaluationDate)}`);
  const ruleSet = options.overrides ? withParameterOverrides(inForce, options.overrides, evaluationDate) : inForce;
  const compiled = compileRuleSet(ruleSet);
  // Per title, per candidate: the verdict, or null while it is being computed (a cycle in the rule set).
  const memo = new Map<AwardCode, Map<string, Verdict | null>>();

  const titleOf = (code: AwardCode): CompiledTitle => {
    const t = compiled.titles.get(code);
    if (!t) throw new RangeError(`Bộ quy tắc "${ruleSet.name}" không có danh hiệu ${code}`);
    return t;
  };

  const core: EvaluationCore = {
    year,
    evaluationDate,
    staffById: (id) => index.staff.get(id),
    shortName: (code) => compiled.titles.get(code)?.def.shortName ?? code,
    covered: (kind, y) => index.covered(kind, y),
    titleMet(staff, code, y) {
      const facts = staff.byYear.get(y);
      const award = awardIn(facts, code);
      if (award) return { status: 'pass', award };
      if (y === year && compiled.titles.get(code)?.subject === 'individual') {
        const v = verdict(staff.id, code);
        return v.status === 'eligible' ? MET.pass : { status: v.status === 'not_eligible' ? 'fail' : 'unknown', award: undefined, verdict: v };
      }
      // A year on record, or a year whose titles the school declared complete, without the award: not held.
      return (facts || index.covered('titles', y)) && y <= year ? MET.fail : MET.unknown;
    },
  };

  function evaluate(id: string, title: CompiledTitle): Verdict {
    if (title.subject === 'individual') {
      const staff = index.staff.get(id);
      if (!staff) throw new RangeError(`Không có dữ liệu cán bộ ${id}`);
      const ctx = { ev: core, staff, year, current: staff.byYear.get(year) };
      return buildVerdict(
        core,
        ruleSet,
        title.def,
        id,
        awardIn(ctx.current, title.def.code),
        title.checks.map((c) => c(ctx)),
      );
    }
    const collective = index.collectives.get(id);
    if (!collective) throw new RangeError(`Không có dữ liệu tập thể ${id}`);
    const ctx = { ev: core, collective, year, current: collective.byYear.get(year) };
    return buildVerdict(
      core,
      ruleSet,
      title.def,
      id,
      awardIn(ctx.current, title.def.code),
      title.checks.map((c) => c(ctx)),
    );
  }

  function verdict(candidateId: string, code: AwardCode): Verdict {
    let byCandidate = memo.get(code);
    if (!byCandidate) memo.set(code, (byCandidate = new Map<string, Verdict | null>()));
    const hit = byCandidate.get(candidateId);
    if (hit) return hit;
    if (hit === null) throw new Error(`Vòng lặp trong bộ quy tắc khi xét ${code} cho ${candidateId}`);
    byCandidate.set(candidateId, null);
    try {
      const v = evaluate(candidateId, titleOf(code));
      byCandidate.set(candidateId, v);
      return v;
    } catch (e) {
      byCandidate.delete(candidateId);
      throw e;
    }
  }

  return {
    year,
    yearLabel: schoolYearLabel(year),
    evaluationDate,
    ruleSet,
    verdict,
    titleMet(staffId, code, y) {
      const staff: IndexedStaff | undefined = index.staff.get(staffId);
      return staff ? core.titleMet(staff, code, y) : MET.unknown;
    },
  };
}
