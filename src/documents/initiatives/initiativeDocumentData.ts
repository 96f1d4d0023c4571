// The data the initiative council's documents are drawn from: plain, typed, and stored as the snapshot of the
// issued document, so a later download draws exactly what was issued.
import type { CalendarDate } from '../model.ts';

export interface InitiativeDocAuthor {
  name: string;
  position: string;
  sharePct: number;
}

export interface InitiativeDocRow {
  id: string;
  title: string;
  field: string;
  authors: InitiativeDocAuthor[];
  /** Each valid score's total, in the order reviewers are listed. */
  scores: { reviewer: string; total: number }[];
  mean: number | null;
  /** Null: not recognised. */
  grade: string | null;
}

export interface InitiativeCouncilDocData {
  school: { name: string; governingBody: string; placeName: string };
  startYear: number;
  symbol: string;
  date: CalendarDate;
  /** "Căn cứ …" lines: the regulation of the year's rules. */
  regulation: string[];
  recognisedBy: string; // "Hiệu trưởng"
  chairName: string;
  secretaryName: string;
  members: { name: string; position: string; present: boolean }[];
  recusals: { name: string; initiative: string; reason: string }[];
  rows: InitiativeDocRow[];
  /** Grade → label ("A" → "Loại A"). */
  gradeLabels: Record<string, string>;
}

/** "Nguyễn Thị Hà (60%), Trần Văn Nam (40%)". */
export function authorsLine(authors: InitiativeDocAuthor[]): string {
  return authors.map((a) => `${a.name} (${a.sharePct}%)`).join(', ');
}

/** A score as printed: "82,5" (Vietnamese decimal comma). */
export function points(n: number | null): string {
  return n === null ? '—' : String(n).replace('.', ',');
}

/** "2024-2025". */
export const yearLabel = (startYear: number) => `${startYear}-${startYear + 1}`;
