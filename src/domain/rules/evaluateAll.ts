// Convenience for reports and the benchmark: every candidate × every requested title in one evaluation.
import type { AwardCode } from './facts.ts';
import type { Evaluation } from './createEvaluation.ts';
import type { Verdict } from './verdict.ts';

/** Verdicts for each candidate id and title, in input order (candidates outer, titles inner). */
export function evaluateAll(evaluation: Evaluation, candidateIds: Iterable<string>, titles: readonly AwardCode[]): Verdict[] {
  const out: Verdict[] = [];
  for (const id of candidateIds) for (const t of titles) out.push(evaluation.verdict(id, t));
  return out;
}
