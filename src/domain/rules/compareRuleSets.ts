// Compares two rule sets on the same facts: who would get a different verdict, and why under each. Used to
// preview a draft law (a candidate rule set) against the one in force, whatever their status and dates.
import type { AwardCode } from './facts.ts';
import type { FactIndex } from './factIndex.ts';
import type { ParameterOverride, RuleSet } from './ruleSetTypes.ts';
import { createEvaluation } from './createEvaluation.ts';
import type { Verdict } from './verdict.ts';

export interface VerdictDifference {
  candidateId: string;
  title: AwardCode;
  shortName: string;
  a: Verdict;
  b: Verdict;
}

/** The rule set made to decide on any date: a preview evaluates a candidate as if it were in force. */
function deciding(rs: RuleSet): RuleSet {
  return { ...rs, status: 'active', effectiveFrom: '0001-01-01', effectiveTo: null };
}

/**
 * Evaluates `staffIds` for every individual title both rule sets define, in `year` on `evaluationDate`, and
 * returns exactly the (person, title) pairs whose verdict status differs, in staff order then title order.
 */
export function compareRuleSets(
  index: FactIndex,
  a: RuleSet,
  b: RuleSet,
  opts: { year: number; evaluationDate: string; staffIds: readonly string[]; overrides?: readonly ParameterOverride[] },
): VerdictDifference[] {
  const common = { year: opts.year, evaluationDate: opts.evaluationDate, ...(opts.overrides ? { overrides: opts.overrides } : {}) };
  // Overrides are keyed by rule set id: each side keeps its own id so its own school-wide changes apply.
  const evA = createEvaluation(index, [deciding(a)], common);
  const evB = createEvaluation(index, [deciding(b)], common);
  const inB = new Set(b.titles.filter((t) => t.subject === 'individual').map((t) => t.code));
  const titles = a.titles.filter((t) => t.subject === 'individual' && inB.has(t.code));
  const out: VerdictDifference[] = [];
  for (const id of opts.staffIds) {
    for (const t of titles) {
      const va = evA.verdict(id, t.code);
      const vb = evB.verdict(id, t.code);
      if (va.status !== vb.status) out.push({ candidateId: id, title: t.code, shortName: t.shortName, a: va, b: vb });
    }
  }
  return out;
}
