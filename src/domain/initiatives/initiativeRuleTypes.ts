// The shape of the initiative rules (sáng kiến): regulation, rubric, grade bands, who recognises, the council and the
// reviewing thresholds. Law as data: every number carries its legal basis and certainty, like the title rule sets.
import type { LegalBasis } from '../rules/ruleSetTypes.ts';

/** One criterion of the scoring rubric (tiêu chí chấm điểm) with its maximum points and descriptors. */
export interface RubricCriterion {
  key: string; // "novelty"
  name: string; // "Tính mới, sáng tạo"
  maxPoints: number;
  /** What the reviewer looks for, one line each (shown on the scoring form). */
  descriptors: string[];
}

/** A grade (xếp loại) reached from `minPoints` upwards; below every band the initiative is not recognised. */
export interface GradeBand {
  grade: string; // "A"
  label: string; // "Loại A (xuất sắc)"
  minPoints: number;
}

/** How a mean is rounded: to `decimals` digits, halves away from zero. */
export interface Rounding {
  decimals: number;
}

/** Who may sit on and chair the initiative council (Hội đồng sáng kiến). */
export interface CouncilRules {
  minMembers: number;
  /** Position titles the chair may hold, matched against the staff member's position. */
  chairPositions: string[];
  basis: LegalBasis;
}

export interface InitiativeRules {
  id: string;
  /** The regulation reference printed in documents ("Căn cứ …"). */
  regulation: { title: string; basis: LegalBasis }[];
  rubric: { criteria: RubricCriterion[]; basis: LegalBasis };
  grades: { bands: GradeBand[]; basis: LegalBasis };
  /** Who signs the recognition decision ("Hiệu trưởng"). */
  recognisedBy: { title: string; basis: LegalBasis };
  council: CouncilRules;
  /** Independent reviewers required per initiative. */
  reviewersPerInitiative: { value: number; basis: LegalBasis };
  /** Two scores further apart than this (points on the rubric's scale) call for a third reviewer. */
  disagreementThreshold: { value: number; basis: LegalBasis };
  rounding: Rounding & { basis: LegalBasis };
  /** Members of the same collective (tổ) as an author may not review (a school's setting). */
  excludeSameCollective: { value: boolean; basis: LegalBasis };
  /** From this many days before the scoring deadline, reviewers who still owe a score are reminded once a day. */
  scoringReminderDays: { value: number; basis: LegalBasis };
}

/** What a school may change for a school year (stored per year; validated before use). */
export interface InitiativeRulesOverride {
  criteria?: RubricCriterion[];
  bands?: GradeBand[];
  disagreementThreshold?: number;
  reviewersPerInitiative?: number;
  decimals?: number;
  excludeSameCollective?: boolean;
  recognisedByTitle?: string;
  scoringReminderDays?: number;
}
