// Shapes shared by the staff import parser, the export and whoever applies an import (the route / command).
import type { ContractType, Gender } from '../../../generated/prisma/enums.ts';

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

/** What the parser needs to know about the school: its collectives and its current staff. */
export interface StaffImportContext {
  collectives: Array<{ id: string; name: string }>;
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

export interface ParseResult {
  /** Set when the file as a whole cannot be used; `rows` is then empty. */
  fileError?: string;
  rows: ParsedStaffRow[];
  counts: Record<StaffRowStatus, number>;
}
