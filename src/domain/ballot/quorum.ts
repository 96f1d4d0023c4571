// Whether a council meeting may decide: quorum (default 2/3 of members) and, for award meetings, attendance
// (default 80%), both over the council's total members on the meeting date. Values come from the rule set.
import { booleanParam, numberParam } from '../rules/paramReader.ts';
import type { RuleSet } from '../rules/ruleSetTypes.ts';
import { meetsFraction, meetsThreshold, votesNeeded } from './threshold.ts';

export interface MeetingRule {
  quorumNumerator: number;
  quorumDenominator: number;
  awardAttendancePct: number;
  writtenOpinionsCount: boolean;
}

export interface QuorumCheck {
  totalMembers: number;
  present: number;
  quorumNeeded: number;
  quorumMet: boolean;
  attendanceNeeded: number;
  attendanceMet: boolean;
}

/** The meeting parameters of a rule set. */
export function meetingRuleOf(ruleSet: RuleSet): MeetingRule {
  const m = ruleSet.meeting;
  return {
    quorumNumerator: numberParam(ruleSet, m.quorumNumerator),
    quorumDenominator: numberParam(ruleSet, m.quorumDenominator),
    awardAttendancePct: numberParam(ruleSet, m.awardAttendancePct),
    writtenOpinionsCount: booleanParam(ruleSet, m.writtenOpinionsCount),
  };
}

/** Quorum and attendance for `present` of `totalMembers`. */
export function checkQuorum(rule: MeetingRule, totalMembers: number, present: number): QuorumCheck {
  return {
    totalMembers,
    present,
    quorumNeeded: Math.ceil((rule.quorumNumerator * totalMembers) / rule.quorumDenominator),
    quorumMet: meetsFraction(present, totalMembers, rule.quorumNumerator, rule.quorumDenominator),
    attendanceNeeded: votesNeeded(totalMembers, rule.awardAttendancePct, false),
    attendanceMet: meetsThreshold(present, totalMembers, rule.awardAttendancePct, false),
  };
}
