// Shapes shared by the staff import parser, the export and whoever applies an import (the route / command).
import type { CollectiveKind, ContractType, Gender } from '../../../generated/prisma/enums.ts';

/** A staff member as the database holds it, the baseline an imported row is compared against. */
export interface ExistingStaff {
  id: string;
  code: string;
  fullName: string;
  gender: Gender;
  birthDate: Date | null;
  position: string;
  collectiveId: string | null;
  specialty: string | null;
  qualification: string | null;
  joinedSectorOn: Date | null;
  contractType: ContractType;
  active: boolean;
}

/** A collective as the database holds it (kind and leader are compared only when the file has a collectives sheet). */
export interface ExistingCollective {
  id: string;
  name: string;
  kind?: CollectiveKind;
  leaderStaffId?: string | null;
}

/** What the parser needs to know about the school: its collectives and its current staff. */
export interface StaffImportContext {
  collectives: ExistingCollective[];
  existing: ExistingStaff[];
  /** Vietnam's calendar day of the import: birth dates may not be later and must give a plausible age. */
  today: Date;
}

/** The fields an import may change, i.e. what `changes` lists. */
export type StaffField = Exclude<keyof ExistingStaff, 'id' | 'code'>;

/**
 * One valid row, normalised: text in NFC, trimmed, single-spaced; dates at UTC midnight. Exactly the writable
 * Staff columns (bar schoolId and searchName), so it can be spread into a Prisma create/update as is.
 */
export type StaffImportData = Omit<ExistingStaff, 'id'>;

/** A problem in one cell, worded for the person who filled in the sheet. */
export interface StaffRowError {
  /** The Vietnamese column header, e.g. "Giới tính". */
  column: string;
  message: string;
}

interface RowBase {
  /** The row number as Excel shows it. */
  rowNumber: number;
  code: string;
  fullName: string;
  /** The collective's name as the school's directory spells it (for the preview), null when none. */
  collectiveName: string | null;
  errors: StaffRowError[];
}

export type ParsedStaffRow =
  | (RowBase & { status: 'new'; data: StaffImportData })
  | (RowBase & { status: 'update' | 'unchanged'; data: StaffImportData; existingId: string; changes: StaffField[] })
  | (RowBase & { status: 'error'; data: Partial<StaffImportData> });

export type StaffRowStatus = ParsedStaffRow['status'];

/** The fields of a collective an import may change. */
export type CollectiveField = 'kind' | 'leader';

/** One row of the collectives sheet ("Tổ"), classified like a staff row. */
export interface ParsedCollectiveRow {
  rowNumber: number;
  /** The name as the directory will spell it (an existing collective keeps its spelling). */
  name: string;
  /** null: not given (a new collective becomes a tổ chuyên môn, an existing one keeps its kind). */
  kind: CollectiveKind | null;
  /** The leader's staff code; null: none (or, when `leaderGiven` is false, keep the current leader). */
  leaderCode: string | null;
  leaderGiven: boolean;
  status: StaffRowStatus;
  existingId?: string;
  changes: CollectiveField[];
  errors: StaffRowError[];
}

export interface ParseResult {
  /** Set when the file as a whole cannot be used; `rows` is then empty. */
  fileError?: string;
  rows: ParsedStaffRow[];
  counts: Record<StaffRowStatus, number>;
  /** The staff sheet's name as the file spells it (absent for a file holding only collectives). */
  staffSheet?: string;
  /** Present when the file has a collectives sheet: the tổ to create or update, before the staff rows. */
  collectives?: { sheet: string; rows: ParsedCollectiveRow[]; counts: Record<StaffRowStatus, number> };
}
