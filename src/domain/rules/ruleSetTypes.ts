// The shape of a rule set: law as data. The evaluator interprets a small closed set of criterion kinds;
// every number a criterion needs is a parameter reference, and every rule carries its legal basis.
import type { AwardCode } from './facts.ts';

/** [V] verified, [P] partly verified, [U] unverified (domain.md "How sure each fact is"). */
export type Certainty = 'V' | 'P' | 'U';

export interface LegalBasis {
  document: string; // "Luật Thi đua, khen thưởng 06/2022/QH15"
  article: string; // "Điều 24 khoản 1"
  certainty: Certainty;
  note?: string;
}

export type ParameterKind = 'percent' | 'count' | 'years' | 'months' | 'days' | 'rating' | 'discipline' | 'initiativeLevel' | 'boolean';
export type ParameterValue = number | boolean | string | null;

/** An admin's change to a parameter, audited and effective from a date. */
export interface ParameterOverride {
  key: string;
  value: ParameterValue;
  ruleSetId?: string; // absent: applies to every rule set that has the parameter
  effectiveFrom?: string; // YYYY-MM-DD; absent: always
  reason?: string;
}

export interface Parameter {
  key: string;
  label: string;
  kind: ParameterKind;
  nullable: boolean; // null means "not applied" (no cap, check off)
  value: ParameterValue;
  defaultValue: ParameterValue;
  basis: LegalBasis;
  override?: ParameterOverride;
}

type Ref = string; // a parameter key

interface Based {
  basis: LegalBasis;
}

export type IndividualCriterion = Based &
  (
    | { kind: 'noPendingProceedings' }
    | { kind: 'ratingAtLeast'; rating: Ref }
    | { kind: 'noDisciplineFrom'; level: Ref }
    | { kind: 'minMonthsWorked'; months: Ref; maternityCounts: Ref; daysPerMonth: Ref }
    | { kind: 'minTenureMonths'; months: Ref }
    | { kind: 'maxLeaveDays'; days: Ref; maternityCounts: Ref }
    | { kind: 'titleInYear'; title: AwardCode }
    | { kind: 'researchInYear'; requireApplied: boolean }
    | { kind: 'initiativesInWindow'; level: Ref; count: Ref; years: Ref; minShare: Ref; researchCounts: boolean }
    | { kind: 'consecutiveTitle'; title: AwardCode; times: Ref; stride?: Ref }
    | { kind: 'consecutiveRating'; rating: Ref; years: Ref }
    | { kind: 'titleCountInWindow'; title: AwardCode; count: Ref; years: Ref }
    | { kind: 'titleAwardedBefore'; title: AwardCode; yearsBefore: Ref }
    | { kind: 'anyOf'; of: IndividualCriterion[] }
    | { kind: 'allOf'; of: IndividualCriterion[] }
  );

export type CollectiveCriterion = Based &
  (
    | { kind: 'collectiveRatingAtLeast'; rating: Ref }
    | { kind: 'membersTitlePct'; title: AwardCode; pct: Ref }
    | { kind: 'membersTitleCount'; title: AwardCode; count: Ref }
    | { kind: 'membersRatingPct'; rating: Ref; pct: Ref }
    | { kind: 'noMemberDisciplineFrom'; level: Ref }
    | { kind: 'anyOf'; of: CollectiveCriterion[] }
    | { kind: 'allOf'; of: CollectiveCriterion[] }
  );

interface TitleBase {
  code: AwardCode;
  name: string; // "Chiến sĩ thi đua cơ sở"
  shortName: string; // "CSTĐCS"
  basis: LegalBasis;
}
export interface IndividualTitle extends TitleBase {
  subject: 'individual';
  criteria: IndividualCriterion[];
}
export interface CollectiveTitle extends TitleBase {
  subject: 'collective';
  criteria: CollectiveCriterion[];
}
export type TitleDefinition = IndividualTitle | CollectiveTitle;

/** Who decides and which body receives (and appraises) the dossier. */
export interface Authority {
  level: 'local' | 'city' | 'state';
  decides: string;
  receives: string;
  decidesBasis: LegalBasis;
  receivesBasis: LegalBasis;
}

/** "approved `title` ≤ floor(pct% × approved `basisTitle`)"; no cap while the parameter is null. */
export interface RatioCapDefinition {
  title: AwardCode;
  basisTitle: AwardCode;
  pct: Ref;
  basis: LegalBasis;
}

/** How the council votes on a proposal for a title: secret ballot required, or ballot or show of hands as the meeting decides. */
export type VoteMethod = 'ballot' | 'ballot_or_hands';

/** The vote a title needs at the proposing council: "votes for ≥ (or >) pct% of TOTAL members". */
export interface VoteRuleDefinition {
  method: VoteMethod;
  thresholdPct: Ref;
  strict: boolean; // true: more than the threshold; false: at least
  basis: LegalBasis;
}

/** Quorum and attendance of the council meeting, and whether absent members' written opinions count. */
export interface MeetingRuleDefinition {
  quorumNumerator: Ref;
  quorumDenominator: Ref;
  awardAttendancePct: Ref;
  writtenOpinionsCount: Ref;
  basis: LegalBasis;
}

/** What a dossier part is: drives how the export builds it and how the completeness check looks for it. */
export type DossierPartKind =
  'submission' | 'minutes' | 'voteCount' | 'achievementReport' | 'summaryReport' | 'initiativeProof' | 'priorDecisions' | 'evidence' | 'postingComments';

/** One part of the dossier sent upward, with the form name of its rule set. */
export interface DossierPartDefinition {
  kind: DossierPartKind;
  name: string; // "Báo cáo thành tích cá nhân"
  form: string | null; // "Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP"; null when no national form exists
  scope: 'dossier' | 'nominee';
  subject?: 'individual' | 'collective'; // absent: both
  titles?: AwardCode[]; // absent: every title
  procedures: ('ordinary' | 'simplified')[];
  required: boolean;
  /** Titles for which a confirmed "Hoàn thành xuất sắc nhiệm vụ" rating stands in for an initiative (QĐ 638/QĐ-BNV). */
  excellentRatingSuffices?: AwardCode[];
  basis: LegalBasis;
}

/**
 * "active" rule sets decide verdicts in their period; a "candidate" (dự thảo) never does until activated; a
 * "deactivated" authored set (stopped entirely, "đã ngừng áp dụng") never does again.
 */
export type RuleSetStatus = 'active' | 'candidate' | 'deactivated';

export interface RuleSet {
  id: string;
  name: string;
  /** Absent: active (the shipped sets). A candidate is only previewed and compared; a deactivated set only compared. */
  status?: RuleSetStatus;
  effectiveFrom: string; // YYYY-MM-DD, inclusive
  effectiveTo: string | null; // YYYY-MM-DD, inclusive; null = open-ended
  sources: LegalBasis[];
  parameters: Record<string, Parameter>;
  /** Criteria every individual title adds in front of its own (e.g. nothing pending). */
  generalCriteria: IndividualCriterion[];
  titles: TitleDefinition[];
  authorities: Partial<Record<AwardCode, Authority>>;
  ratioCaps: RatioCapDefinition[];
  tieBreak: { preferWomen: Ref; collectiveWomenPct: Ref; basis: LegalBasis };
  principles: { text: string; basis: LegalBasis }[];
  /** Per title: how the school's council votes on proposing it. A title absent here is not put to a vote. */
  votes: Partial<Record<AwardCode, VoteRuleDefinition>>;
  meeting: MeetingRuleDefinition;
  /** A boolean parameter: true when the principal (school) decides Giấy khen for staff instead of the local authority. */
  principalGiayKhen: Ref;
  /** The parts of the dossier sent to the upper level, in the order they are filed. */
  dossierParts: DossierPartDefinition[];
}
