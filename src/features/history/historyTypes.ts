// The normalised content of a history import (past years' facts), shared by the parsers (XLSX, CSV), the preview
// and the command that writes it. Staff and collectives are referred to by code/name as in the file; the command
// resolves them. School years are start years (2023 = "2023-2024").
import type { AwardCode, DisciplineLevel, InitiativeLevel, Rating, RecordKind } from '../../domain/rules/facts.ts';

export interface HistoryStaffYear {
  staffCode: string;
  year: number;
  rating: Rating | null;
  monthsWorked: number | null; // not counting maternity leave
  leaveDays: number | null; // not counting maternity leave
  maternityLeaveDays: number; // 0 when none
  collectiveName: string | null; // membership that year
  disciplineChecked: boolean; // true: the year's discipline record was checked (disciplines listed, or none)
}

export interface HistoryAward {
  staffCode: string | null; // an individual award…
  collectiveName: string | null; // …or a collective one (exactly one of the two)
  year: number;
  code: AwardCode;
  decisionNumber: string;
  decisionDate: string; // YYYY-MM-DD
  issuer: string;
}

export interface HistoryDiscipline {
  staffCode: string;
  year: number;
  level: DisciplineLevel;
  date: string; // YYYY-MM-DD
}

export interface HistoryPending {
  staffCode: string;
  kind: 'discipline' | 'investigation';
  from: string; // YYYY-MM-DD
  to: string | null;
}

/** One initiative; several rows of the file with the same (year, title) are one initiative with several authors. */
export interface HistoryInitiative {
  year: number;
  title: string;
  level: InitiativeLevel;
  grade: string | null;
  recognisedOn: string | null; // YYYY-MM-DD
  authors: Array<{ staffCode: string; sharePct: number }>;
}

export interface HistoryResearch {
  staffCode: string;
  year: number;
  title: string;
  accepted: boolean;
  applied: boolean | null;
}

export interface HistoryCollectiveYear {
  collectiveName: string;
  year: number;
  rating: Rating | null;
}

/** A school year the file declares complete for some record kinds: inside it a missing record means "none". */
export interface HistoryCoverage {
  year: number;
  kinds: RecordKind[];
}

export interface HistoryContent {
  staffYears: HistoryStaffYear[];
  awards: HistoryAward[];
  disciplines: HistoryDiscipline[];
  pending: HistoryPending[];
  initiatives: HistoryInitiative[];
  research: HistoryResearch[];
  collectiveYears: HistoryCollectiveYear[];
  coverage: HistoryCoverage[];
}

/** A problem in one cell, worded for the person who filled in the file. */
export interface HistoryRowError {
  sheet: string; // the Vietnamese sheet name (for CSV: the record type)
  row: number; // as the spreadsheet shows it (CSV: line number)
  column: string; // the Vietnamese column header
  message: string; // Vietnamese
}

export interface HistoryParseResult {
  fileError?: string;
  content: HistoryContent; // only the valid records
  errors: HistoryRowError[];
  counts: Record<keyof HistoryContent, number>;
}

/** What the parser checks references against. */
export interface HistoryContext {
  staffCodes: string[];
  collectiveNames: string[];
}
