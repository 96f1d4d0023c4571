// The result of a closed round, by the rule set: votes for = agree (+ written agree of absent members when the
// rule counts them), compared with the threshold over the council's TOTAL members on the meeting date.
import type { NomineeCount } from './invariant.ts';
import { meetsThreshold, percentText, votesNeeded } from './threshold.ts';
import type { VoteRule } from './voteRule.ts';

export interface WrittenCount {
  nomineeId: string;
  agree: number;
  disagree: number;
}

export interface NomineeResult extends NomineeCount {
  writtenAgree: number;
  writtenDisagree: number;
  votesFor: number;
  pctOfTotal: string; // "80,00", rounded down
  passed: boolean;
}

export interface RoundResultInput {
  rule: Pick<VoteRule, 'thresholdPct' | 'strict' | 'writtenOpinionsCount'>;
  totalMembers: number;
  counts: readonly NomineeCount[];
  written: readonly WrittenCount[];
}

export interface RoundResult {
  totalMembers: number;
  votesNeeded: number;
  nominees: NomineeResult[];
}

/** Per-nominee votes for, percentage of total members and pass/fail. */
export function roundResult(input: RoundResultInput): RoundResult {
  const { rule, totalMembers } = input;
  const writtenOf = new Map(input.written.map((w) => [w.nomineeId, w]));
  const nominees = input.counts.map((c): NomineeResult => {
    const w = writtenOf.get(c.nomineeId);
    const writtenAgree = w?.agree ?? 0;
    const writtenDisagree = w?.disagree ?? 0;
    const votesFor = c.agree + (rule.writtenOpinionsCount ? writtenAgree : 0);
    return {
      ...c,
      writtenAgree,
      writtenDisagree,
      votesFor,
      pctOfTotal: percentText(votesFor, totalMembers),
      passed: meetsThreshold(votesFor, totalMembers, rule.thresholdPct, rule.strict),
    };
  });
  return { totalMembers, votesNeeded: votesNeeded(totalMembers, rule.thresholdPct, rule.strict), nominees };
}
