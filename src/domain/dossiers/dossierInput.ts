// The plain, typed input a dossier is built from: loaded once from the database (or built by a test or the
// benchmark), then checked and rendered without further database work. Every date in it comes from the data, which
// is what makes two exports of unchanged data byte-identical.
import type { CouncilMeetingDocData } from '../../documents/council/councilMeetingData.ts';
import type { CalendarDate, OfficialDocument } from '../../documents/model.ts';
import type { AwardCode } from '../rules/facts.ts';

/** A past title or form of the nominee, with its decision (the table of section III of the report). */
export interface PriorAward {
  startYear: number;
  name: string; // "Chiến sĩ thi đua cơ sở"
  decisionNumber: string;
  decisionDate: CalendarDate;
  issuer: string;
}

/** An initiative of the nominee and its recognition. */
export interface NomineeInitiative {
  title: string;
  level: string; // "cấp cơ sở"
  /** Effect and scope of application as recognised; null when the decision does not state it. */
  impact: string | null;
  decisionNumber: string | null;
  recognisedOn: CalendarDate | null;
}

/** The báo cáo thành tích as edited by the nominee and confirmed by the chair. */
export interface AchievementReport {
  birthDate: string; // "12/03/1985" or ""
  gender: string;
  hometown: string;
  qualification: string;
  duties: string;
  achievements: string[];
  /** The collective's situation (section I of the collective report). */
  situation?: string;
  confirmedBy: string | null; // the chair's name once confirmed
}

/** Why an uploaded file cannot go into the merged PDF: damaged, password-protected, or a type with no PDF page. */
export type EvidenceProblem = 'corrupt' | 'encrypted' | 'unsupported';

/**
 * An uploaded evidence file merged into the dossier: a PDF as it is, a JPEG or PNG on its own A4 page. `read` loads
 * one file at a time (streamed from storage) so memory stays bounded by the largest file, not by their sum.
 */
export interface EvidenceFile {
  fileName: string;
  /** The sniffed type; absent: application/pdf. */
  mimeType?: string;
  size: number;
  sha256: string;
  /** Found when the file was inspected; a file with a problem is left out of the export and named by the check. */
  problem?: EvidenceProblem | null;
  read: () => Promise<Uint8Array>;
}

/** One nominee of the dossier. */
export interface DossierNominee {
  nominationId: string;
  subject: 'individual' | 'collective';
  name: string;
  position: string; // chức vụ
  unit: string; // đơn vị
  code: AwardCode;
  titleName: string; // "Chiến sĩ thi đua cơ sở"
  note: string;
  /** The ballot result; null when the title was not put to a vote or the round has no result yet. */
  vote: { votesFor: number; totalMembers: number; pct: number; thresholdPct: number; strict: boolean; passed: boolean } | null;
  voteRequired: boolean;
  report: AchievementReport | null;
  initiatives: NomineeInitiative[];
  /** "Hoàn thành xuất sắc nhiệm vụ" confirmed for the year (CSTĐCS alternative of QĐ 638/QĐ-BNV). */
  excellentRating: boolean;
  priorAwards: PriorAward[];
  evidence: EvidenceFile[];
}

/** A comment received while the approved list was publicly posted. */
export interface PostingComment {
  receivedOn: CalendarDate;
  author: string;
  text: string;
  response: string;
}

/** Everything one dossier export needs. */
export interface DossierInput {
  school: { name: string; placeName: string; parentAgency: string; headTitle: string; headName: string };
  startYear: number;
  ruleSetId: string;
  procedure: 'ordinary' | 'simplified';
  /** The body the dossier is sent to, e.g. "Chủ tịch Ủy ban nhân dân phường Long Biên". */
  receiver: string;
  /** The body that receives and appraises the dossier for the receiver, e.g. "Sở Nội vụ Hà Nội (…), qua UBND phường". */
  receivedBy?: string | null;
  /** The day the dossier is dated: the approval of the list (never the clock). */
  date: CalendarDate;
  version: number;
  /** Số, ký hiệu of the tờ trình ("" until numbered). */
  submissionSymbol: string;
  /** The tờ trình as issued (its register snapshot): drawn as it is; absent or null: drawn from this input (a draft). */
  submission?: OfficialDocument | null;
  meeting: CouncilMeetingDocData | null;
  /** Nominations on the chair's approved list; null when no list was approved. */
  approvedNominationIds: string[] | null;
  /** In print order: by title, then name (domain/nominations/nomineeOrder.ts). */
  nominees: DossierNominee[];
  postingComments: PostingComment[] | null;
  /** Bound on the dossier's size in bytes (the configured DOSSIER_MAX_MB); absent: DEFAULT_MAX_DOSSIER_BYTES. */
  maxBytes?: number;
}

/** The default bound of a dossier's size: 50 MB, what an e-mail or a public-service portal upload takes. */
export const DEFAULT_MAX_DOSSIER_BYTES = 50 * 1024 * 1024;
