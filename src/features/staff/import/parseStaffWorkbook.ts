// Parses an uploaded staff workbook into a preview of what an import would do, row by row: the staff sheet and,
// when present, the collectives sheet ("Tổ"). Pure: no database and no clock; the caller loads the school's
// collectives and staff and later applies the rows.
import ExcelJS, { type Worksheet } from 'exceljs';
import { assembleStaffImport, type StaffTables } from './assembleStaffImport.ts';
import { findCollectiveSheet } from './findCollectiveSheet.ts';
import { findStaffSheet } from './findStaffSheet.ts';
import { cellText, readCellValue, type PlainCellValue } from './readCellValue.ts';
import { MAX_DATA_ROWS, STAFF_COLUMNS } from './staffColumns.ts';
import { staffImportMessages as M } from './staffImportMessages.ts';
import type { ParseResult, StaffImportContext } from './staffImportTypes.ts';

/** Every .xlsx is a ZIP archive, which starts with the local file header "PK\x03\x04". */
function looksLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

/** A file the import cannot use at all. */
export function staffFileFailure(fileError: string): ParseResult {
  return { fileError, rows: [], counts: { new: 0, update: 0, unchanged: 0, error: 0 } };
}

/** The rows under a header row with something in one of the table's columns (spacers and side notes are not data). */
function readRows<K extends string>(sheet: Worksheet, headerRow: number, columns: Map<K, number>) {
  const rows: Array<{ rowNumber: number; cells: Partial<Record<K, PlainCellValue>> }> = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells: Partial<Record<K, PlainCellValue>> = {};
    for (const [key, col] of columns) cells[key] = readCellValue(row.getCell(col).value);
    if (Object.values<PlainCellValue | undefined>(cells).every((v) => cellText(v ?? null) === '')) return;
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/** Reads an .xlsx staff list (and its collectives sheet) and classifies each row; never throws on bad files. */
export async function parseStaffWorkbook(buffer: Buffer, ctx: StaffImportContext): Promise<ParseResult> {
  // Sniff before handing the bytes to exceljs: a renamed .xls, .csv or PDF should get a plain answer, not a stack trace.
  if (!looksLikeZip(buffer)) return staffFileFailure(M.notXlsx);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return staffFileFailure(M.unreadable);
  }
  // A .docx or any other ZIP loads without error but has no worksheets.
  if (workbook.worksheets.length === 0) return staffFileFailure(M.notXlsx);
  const found = findStaffSheet(workbook);
  const collectiveSheet = findCollectiveSheet(workbook, found.ok ? found.sheet : undefined);
  const allRequired = STAFF_COLUMNS.filter((c) => c.required).length;
  // A workbook of collectives only is fine; a staff sheet with some of its columns is not.
  if (!found.ok && !(collectiveSheet && found.missingHeaders.length === allRequired)) return staffFileFailure(M.missingHeaders(found.missingHeaders));

  const tables: StaffTables = {};
  if (found.ok) tables.staff = { sheet: found.sheet.name, rows: readRows(found.sheet, found.headerRow, found.columns) };
  if (collectiveSheet) {
    tables.collectives = { sheet: collectiveSheet.sheet.name, rows: readRows(collectiveSheet.sheet, collectiveSheet.headerRow, collectiveSheet.columns) };
  }
  const dataRowCount = (tables.staff?.rows.length ?? 0) + (tables.collectives?.rows.length ?? 0);
  if (dataRowCount > MAX_DATA_ROWS) return staffFileFailure(M.tooManyRows(dataRowCount));
  return assembleStaffImport(tables, ctx);
}
