// Locates the collectives table ("Tên tổ" | "Loại tổ" | "Mã tổ trưởng") in a workbook by its headers, like the staff
// table: any sheet but the template's guide, the header row among the first rows.
import type { Workbook, Worksheet } from 'exceljs';
import { COLLECTIVE_COLUMN_BY_HEADER, type CollectiveColumnKey } from './collectiveColumns.ts';
import { cellText, readCellValue } from './readCellValue.ts';
import { headerKey } from './staffColumns.ts';

const HEADER_SEARCH_ROWS = 10;
/** The guide sheet lists the column names one per row; it is never a table. */
const GUIDE_SHEET = headerKey('Hướng dẫn');

export interface CollectiveSheetLocation {
  sheet: Worksheet;
  headerRow: number;
  columns: Map<CollectiveColumnKey, number>;
}

/** The sheet and header row naming "Tên tổ" with most collectives columns, other than `exclude`; undefined if none. */
export function findCollectiveSheet(workbook: Workbook, exclude?: Worksheet): CollectiveSheetLocation | undefined {
  let best: CollectiveSheetLocation | undefined;
  for (const sheet of workbook.worksheets) {
    if (sheet === exclude || headerKey(sheet.name) === GUIDE_SHEET) continue;
    for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
      const columns = new Map<CollectiveColumnKey, number>();
      sheet.getRow(r).eachCell((cell, col) => {
        const key = COLLECTIVE_COLUMN_BY_HEADER.get(headerKey(cellText(readCellValue(cell.value))));
        if (key && !columns.has(key)) columns.set(key, col);
      });
      if (columns.has('name') && columns.size > (best?.columns.size ?? 0)) best = { sheet, headerRow: r, columns };
    }
  }
  return best;
}
