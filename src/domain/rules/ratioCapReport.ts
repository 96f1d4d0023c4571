// The ratio-cap report of an evaluation: eligible candidates for the capped title, counted against the basis title.
import type { AwardCode } from './facts.ts';
import type { FactIndex } from './factIndex.ts';
import { type CapCandidate, type RatioCapReport, applyRatioCap } from './applyRatioCap.ts';
import type { Evaluation } from './createEvaluation.ts';

/**
 * Applies the cap on `title` to the staff in `staffIds` who are eligible (or already approved) in the evaluated
 * year; the basis is how many of them hold the basis title (e.g. LĐTT). `scores` ranks candidates (votes).
 */
export function ratioCapReport(
  evaluation: Evaluation,
  index: FactIndex,
  title: AwardCode,
  staffIds: readonly string[],
  scores?: ReadonlyMap<string, number>,
): RatioCapReport {
  const cap = evaluation.ruleSet.ratioCaps.find((c) => c.title === title);
  const candidates: CapCandidate[] = [];
  let basisCount = 0;
  for (const id of staffIds) {
    if (cap && evaluation.titleMet(id, cap.basisTitle, evaluation.year).status === 'pass') basisCount++;
    if (evaluation.titleMet(id, title, evaluation.year).status !== 'pass') continue;
    const s = index.staff.get(id);
    const score = scores?.get(id);
    candidates.push({
      id,
      gender: s?.facts.gender ?? null,
      ...(s?.facts.name !== undefined ? { name: s.facts.name } : {}),
      ...(score !== undefined ? { score } : {}),
    });
  }
  return applyRatioCap(evaluation.ruleSet, title, candidates, basisCount);
}
