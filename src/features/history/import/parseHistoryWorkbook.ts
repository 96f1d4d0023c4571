// Reads a history .xlsx: each sheet named after a record type (see historyColumns.ts and the format described in
// parseHistoryFile.ts) is one table; other sheets, such as the template's "Hướng dẫn", are ignored. Pure: no
// database and no clock.
import ExcelJS, { type CellValue, type Worksheet } from 'exceljs';
import { headerKey } from '../../staff/import/staffColumns.ts';
import { cellText, readCellValue, type PlainCellValue } from '../../staff/import/readCellValue.ts';
import type { HistoryContext, HistoryParseResult } from '../historyTypes.ts';
import { assembleHistory, type HistoryTable } from './assembleHistory.ts';
import { findHistorySheet, headerIndex, HISTORY_SHEETS, MAX_HISTORY_ROWS, type HistorySheetSpec } from './historyColumns.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import { historyFileFailure, looksLikeOldExcel, looksLikeZip } from './historyResult.ts';

/** How far down a sheet the header row may sit (room for a title and a blank line). */
const HEADER_SEARCH_ROWS = 10;

const isBlank = (value: PlainCellValue) => cellText(value) === '';

/** The header row (the one of the first rows naming most of the type's columns) and the column of each header. */
function locateHeader(sheet: Worksheet, spec: HistorySheetSpec): { headerRow: number; columns: Map<string, number> } {
  const index = headerIndex(spec);
  let best = { headerRow: 1, columns: new Map<string, number>() };
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const header = index.get(headerKey(cellText(readCellValue(cell.value))));
      // The first of two same-named columns wins.
      if (header && !columns.has(header)) columns.set(header, col);
    });
    if (columns.size > best.columns.size) best = { headerRow: r, columns };
  }
  return best;
}

function readTable(sheet: Worksheet, spec: HistorySheetSpec): HistoryTable {
  const { headerRow, columns } = locateHeader(sheet, spec);
  const rows: HistoryTable['rows'] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells = new Map<string, PlainCellValue>();
    for (const [header, col] of columns) cells.set(header, readCellValue(row.getCell(col).value));
    // Rows with nothing in the type's columns (spacers, notes beside the table) are not data; when no header
    // was found at all, any filled row is, so that the missing columns get reported.
    const values = columns.size > 0 ? [...cells.values()] : (row.values as CellValue[]).map((v) => readCellValue(v ?? null));
    if (values.every(isBlank)) return;
    rows.push({ row: rowNumber, cells });
  });
  return { spec, sheet: sheet.name, headerRow, present: new Set(columns.keys()), rows };
}

/** Reads a history .xlsx into records and cell-level errors; never throws on bad files (they get `fileError`). */
export async function parseHistoryWorkbook(buffer: Buffer, ctx: HistoryContext): Promise<HistoryParseResult> {
  // Sniff before handing the bytes to exceljs: a renamed .xls, .csv or PDF should get a plain answer, not a stack trace.
  if (looksLikeOldExcel(buffer)) return historyFileFailure(M.oldXls);
  if (!looksLikeZip(buffer)) return historyFileFailure(M.notXlsx);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return historyFileFailure(M.unreadable);
  }
  // A .docx or any other ZIP loads without error but has no worksheets.
  if (workbook.worksheets.length === 0) return historyFileFailure(M.notXlsx);

  const tables: HistoryTable[] = [];
  for (const sheet of workbook.worksheets) {
    const spec = findHistorySheet(sheet.name);
    if (spec) tables.push(readTable(sheet, spec));
  }
  if (tables.length === 0) return historyFileFailure(M.noKnownSheet(HISTORY_SHEETS.map((s) => s.name)));
  const rowCount = tables.reduce((sum, t) => sum + t.rows.length, 0);
  if (rowCount > MAX_HISTORY_ROWS) return historyFileFailure(M.tooManyRows(rowCount));
  return assembleHistory(tables, ctx, { order: 'sheet' });
}
