// The facts the eligibility engine reads, per school year (identified by its start year: 2024 = "2024-2025").
// Unknown is kept apart from false: `null` means "not recorded", an empty list means "recorded: none".

/** Mức độ hoàn thành nhiệm vụ, from the yearly evaluation of viên chức. */
export type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
/** Hình thức kỷ luật, lowest to highest. */
export type DisciplineLevel = 'khien_trach' | 'canh_cao' | 'cach_chuc' | 'buoc_thoi_viec';
/** Cấp công nhận sáng kiến. */
export type InitiativeLevel = 'co_so' | 'thanh_pho' | 'toan_quoc';
export type Gender = 'female' | 'male';

/** Every title or form the engine knows; GIAY_KHEN has an authority but no computable criteria. */
export type AwardCode = 'LDTT' | 'CSTDCS' | 'CSTD_TP' | 'BK_UBND_TP' | 'CSTD_TQ' | 'BK_TTG' | 'HCLD_III' | 'TTLDTT' | 'TTLDXS' | 'GIAY_KHEN';

/** A title or form already awarded (quyết định số, ngày, người ký). */
export interface AwardFact {
  code: AwardCode;
  decisionNumber: string;
  decisionDate: string; // YYYY-MM-DD
  issuer: string;
}

export interface InitiativeAuthor {
  staffId: string;
  sharePct: number; // tỉ lệ đóng góp, 0–100
}

/** A sáng kiến recognised in the year; listed in the year facts of each of its authors. */
export interface InitiativeFact {
  id: string;
  title?: string;
  level: InitiativeLevel;
  grade?: string | null;
  recognisedOn?: string | null; // YYYY-MM-DD
  authors?: InitiativeAuthor[]; // absent: the staff member whose facts list it is the sole author
}

/** A scientific đề tài/đề án/công trình and whether it was accepted (nghiệm thu) and applied. */
export interface ResearchFact {
  id: string;
  title?: string;
  accepted: boolean;
  applied: boolean | null; // null: application not yet confirmed by the head of the unit
}

export interface DisciplineFact {
  level: DisciplineLevel;
  date: string; // YYYY-MM-DD
}

/** A disciplinary procedure or investigation under way; `to: null` while still open. */
export interface PendingProceeding {
  kind: 'discipline' | 'investigation';
  from: string; // YYYY-MM-DD
  to: string | null;
}

/** One staff member's facts for one school year. */
export interface StaffYearFacts {
  year: number;
  rating: Rating | null;
  /** Months actually at work in the year, NOT counting maternity leave. */
  monthsWorked: number | null;
  /** Months of maternity leave (nghỉ thai sản) in the year. */
  maternityLeaveMonths?: number;
  /** Days of leave in the year, NOT counting maternity leave. */
  leaveDays: number | null;
  /** Days of maternity leave in the year (the unit the school records); converted to months by the rule set. */
  maternityLeaveDays?: number;
  /** Disciplines decided in the year; null when the year's discipline record was not checked. */
  disciplines: DisciplineFact[] | null;
  awards: AwardFact[];
  initiatives: InitiativeFact[];
  research: ResearchFact[];
}

export interface StaffFacts {
  id: string;
  name?: string;
  gender: Gender | null;
  /** Ngày tuyển dụng (YYYY-MM-DD), the school records it as "ngày vào ngành"; absent or null when not recorded. */
  recruitedOn?: string | null;
  pending: PendingProceeding[];
  years: StaffYearFacts[];
}

/** A collective (the school, a tổ) in one school year: its own rating and all its members that year. */
export interface CollectiveYearFacts {
  year: number;
  rating: Rating | null;
  memberIds: string[];
  awards?: AwardFact[];
}

export interface CollectiveFacts {
  id: string;
  name?: string;
  womenPct?: number | null;
  years: CollectiveYearFacts[];
}

/** The kinds of record a school declares complete for a school year (issue 11 §2: "none" is not "unknown"). */
export type RecordKind = 'ratings' | 'titles' | 'discipline' | 'initiatives' | 'research';
export const RECORD_KINDS: readonly RecordKind[] = ['ratings', 'titles', 'discipline', 'initiatives', 'research'];

/**
 * Per kind, the school years (start years) whose records the school declares complete: inside them a missing
 * record means "none" (no rating, no title, no discipline…); outside them it means "unknown".
 */
export type RecordCoverage = Partial<Record<RecordKind, readonly number[]>>;

/** Everything the engine reads. */
export interface EngineFacts {
  staff: StaffFacts[];
  collectives: CollectiveFacts[];
  coverage?: RecordCoverage;
}
