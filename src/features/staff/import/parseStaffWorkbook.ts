// Parses an uploaded staff workbook into a preview of what an import would do, row by row. Pure: no
// database and no clock; the caller loads the school's collectives and staff and later applies the rows.
import ExcelJS from 'exceljs';
import { diffStaff } from './diffStaff.ts';
import { findStaffSheet } from './findStaffSheet.ts';
import { buildStaffRowLookup, parseStaffRow, type StaffRowCells } from './parseStaffRow.ts';
import { cellText, readCellValue } from './readCellValue.ts';
import { MAX_DATA_ROWS } from './staffColumns.ts';
import { staffImportMessages as M } from './staffImportMessages.ts';
import type { ParsedStaffRow, ParseResult, StaffImportContext, StaffImportData } from './staffImportTypes.ts';

/** Every .xlsx is a ZIP archive, which starts with the local file header "PK\x03\x04". */
function looksLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

function fileFailure(fileError: string): ParseResult {
  return { fileError, rows: [], counts: { new: 0, update: 0, unchanged: 0, error: 0 } };
}

/** Reads an .xlsx staff list and classifies each row as new, update, unchanged or error; never throws on bad files. */
export async function parseStaffWorkbook(buffer: Buffer, ctx: StaffImportContext): Promise<ParseResult> {
  // Sniff before handing the bytes to exceljs: a renamed .xls, .csv or PDF should get a plain answer, not a stack trace.
  if (!looksLikeZip(buffer)) return fileFailure(M.notXlsx);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return fileFailure(M.unreadable);
  }
  // A .docx or any other ZIP loads without error but has no worksheets.
  if (workbook.worksheets.length === 0) return fileFailure(M.notXlsx);
  const found = findStaffSheet(workbook);
  if (!found.ok) return fileFailure(M.missingHeaders(found.missingHeaders));

  const dataRows: Array<{ rowNumber: number; cells: StaffRowCells }> = [];
  let dataRowCount = 0;
  found.sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= found.headerRow) return;
    const cells: StaffRowCells = {};
    for (const [key, col] of found.columns) cells[key] = readCellValue(row.getCell(col).value);
    // Rows with nothing in any staff column (blank spacer rows, notes in extra columns) are not data.
    if (Object.values(cells).every((v) => cellText(v ?? null) === '')) return;
    dataRowCount++;
    // Past the cap only count, so the message can say how many rows the file has.
    if (dataRowCount <= MAX_DATA_ROWS) dataRows.push({ rowNumber, cells });
  });
  if (dataRowCount > MAX_DATA_ROWS) return fileFailure(M.tooManyRows(dataRowCount));

  const lookup = buildStaffRowLookup(ctx);
  const firstRowByCode = new Map<string, number>();
  const rows = dataRows.map(({ rowNumber, cells }): ParsedStaffRow => {
    const { data, collectiveName, errors } = parseStaffRow(cells, lookup);
    const code = data.code ?? '';
    const firstRow = firstRowByCode.get(code);
    if (code !== '' && firstRow !== undefined) errors.unshift({ column: 'Mã cán bộ', message: M.codeDuplicate(code, firstRow) });
    else if (code !== '') firstRowByCode.set(code, rowNumber);
    const base = { rowNumber, code, fullName: data.fullName ?? '', collectiveName, errors };
    if (errors.length > 0) return { ...base, status: 'error', data };
    // No errors means parseStaffRow filled every field.
    const complete = data as StaffImportData;
    const existing = lookup.existingByCode.get(code);
    if (!existing) return { ...base, status: 'new', data: complete };
    const changes = diffStaff(complete, existing);
    return { ...base, status: changes.length > 0 ? 'update' : 'unchanged', data: complete, existingId: existing.id, changes };
  });

  const counts = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status]++;
  return { rows, counts };
}
