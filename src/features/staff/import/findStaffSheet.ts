// Locates the staff table in a workbook by its headers, not by position: users reorder columns, add a title
// row above the table or keep extra sheets, and the template's "Hướng dẫn" sheet must not be mistaken for it.
import type { Workbook, Worksheet } from 'exceljs';
import { cellText, readCellValue } from './readCellValue.ts';
import { headerKey, STAFF_COLUMNS, type StaffColumnKey } from './staffColumns.ts';

/** How far down a sheet the header row may sit (room for a title and a blank line). */
const HEADER_SEARCH_ROWS = 10;

const COLUMN_BY_HEADER = new Map(STAFF_COLUMNS.map((c) => [headerKey(c.header), c.key]));

export type StaffSheetLocation =
  { ok: true; sheet: Worksheet; headerRow: number; columns: Map<StaffColumnKey, number> } | { ok: false; missingHeaders: string[] };

/** Finds the sheet and row whose headers best match the staff columns; fails naming the missing required ones. */
export function findStaffSheet(workbook: Workbook): StaffSheetLocation {
  let best: { sheet: Worksheet; headerRow: number; columns: Map<StaffColumnKey, number> } | undefined;
  for (const sheet of workbook.worksheets) {
    const lastRow = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= lastRow; r++) {
      const columns = new Map<StaffColumnKey, number>();
      sheet.getRow(r).eachCell((cell, col) => {
        const key = COLUMN_BY_HEADER.get(headerKey(cellText(readCellValue(cell.value))));
        // The first of two same-named columns wins; a copy pasted further right is ignored.
        if (key && !columns.has(key)) columns.set(key, col);
      });
      if (columns.size > (best?.columns.size ?? 0)) best = { sheet, headerRow: r, columns };
    }
  }
  const missingHeaders = STAFF_COLUMNS.filter((c) => c.required && !best?.columns.has(c.key)).map((c) => c.header);
  if (!best || missingHeaders.length > 0) return { ok: false, missingHeaders };
  return { ok: true, ...best };
}
