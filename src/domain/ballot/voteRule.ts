// The vote a title needs, resolved from a rule set (parameters read once, with their legal basis).
import type { AwardCode } from '../rules/facts.ts';
import { booleanParam, numberParam } from '../rules/paramReader.ts';
import type { LegalBasis, RuleSet, VoteMethod } from '../rules/ruleSetTypes.ts';

export interface VoteRule {
  code: AwardCode;
  method: VoteMethod;
  thresholdPct: number;
  strict: boolean;
  writtenOpinionsCount: boolean;
  basis: LegalBasis;
  thresholdBasis: LegalBasis;
}

/** The vote rule of `code` in `ruleSet`, or undefined when the title is not put to a vote there. */
export function voteRuleFor(ruleSet: RuleSet, code: AwardCode): VoteRule | undefined {
  const def = ruleSet.votes[code];
  if (!def) return undefined;
  const threshold = ruleSet.parameters[def.thresholdPct];
  if (!threshold) throw new Error(`Rule set ${ruleSet.id}: unknown parameter "${def.thresholdPct}"`);
  return {
    code,
    method: def.method,
    thresholdPct: numberParam(ruleSet, def.thresholdPct),
    strict: def.strict,
    writtenOpinionsCount: booleanParam(ruleSet, ruleSet.meeting.writtenOpinionsCount),
    basis: def.basis,
    thresholdBasis: threshold.basis,
  };
}

/** "≥ 80%" or "> 50%": the rule as printed in minutes and pages. */
export function thresholdLabel(rule: Pick<VoteRule, 'thresholdPct' | 'strict'>): string {
  return `${rule.strict ? '>' : '≥'} ${String(rule.thresholdPct).replace('.', ',')}%`;
}
