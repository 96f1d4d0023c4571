// Assembles a verdict from criterion results: overall status, the already-recorded award, the authority.
import type { AwardFact } from './facts.ts';
import { yearLabel } from './labels.ts';
import type { RuleSet, TitleDefinition } from './ruleSetTypes.ts';
import type { EvaluationCore } from './criteria/context.ts';
import { type CriterionResult, type Verdict, allStatus, verdictStatusOf } from './verdict.ts';

/** The verdict for one candidate and title in the evaluation's year. */
export function buildVerdict(
  ev: EvaluationCore,
  ruleSet: RuleSet,
  def: TitleDefinition,
  candidateId: string,
  awarded: AwardFact | undefined,
  criteria: CriterionResult[],
): Verdict {
  return {
    candidateId,
    subject: def.subject,
    title: def.code,
    titleName: def.name,
    shortName: def.shortName,
    year: ev.year,
    yearLabel: yearLabel(ev.year),
    ruleSetId: ruleSet.id,
    ruleSetName: ruleSet.name,
    evaluationDate: ev.evaluationDate,
    status: verdictStatusOf(allStatus(criteria)),
    criteria,
    awarded: awarded ?? null,
    authority: ruleSet.authorities[def.code] ?? null,
  };
}
