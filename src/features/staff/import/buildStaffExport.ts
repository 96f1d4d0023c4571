// The staff directory as an .xlsx in exactly the import format, so a school can export, edit in Excel and
// import again; an unedited export re-imports as all "unchanged".
import ExcelJS from 'exceljs';
import { addStaffSheet } from './addStaffSheet.ts';
import { ACTIVE_LABELS, CONTRACT_LABELS, GENDER_LABELS, type StaffColumnKey } from './staffColumns.ts';
import type { ExistingStaff } from './staffImportTypes.ts';

/** A staff member to export: the stored fields plus the name of their collective (ids are not exported). */
export type ExportStaff = Omit<ExistingStaff, 'id' | 'collectiveId'> & { collectiveName: string | null };

/** Builds an .xlsx of `staff`, in the given order, readable by parseStaffWorkbook. */
export async function buildStaffExport(staff: ExportStaff[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addStaffSheet(workbook);
  for (const s of staff) {
    const values: Record<StaffColumnKey, string | Date | null> = {
      code: s.code,
      fullName: s.fullName,
      gender: GENDER_LABELS[s.gender],
      // Dates are stored at UTC midnight and exceljs writes Dates by their UTC value, so the serial is exact.
      birthDate: s.birthDate,
      position: s.position,
      collective: s.collectiveName,
      specialty: s.specialty,
      qualification: s.qualification,
      joinedSectorOn: s.joinedSectorOn,
      contractType: CONTRACT_LABELS[s.contractType],
      active: s.active ? ACTIVE_LABELS.active : ACTIVE_LABELS.left,
    };
    sheet.addRow(values);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
