// The one entry point of the staff import, for the browser and `npm run staff:import` alike: a workbook (staff
// sheet and/or collectives sheet "Tổ") or a UTF-8 CSV holding one of the two tables, chosen by content. Pure.
import { decodeUtf8 } from '../../history/import/parseHistoryCsv.ts';
import { parseCsv } from '../../history/import/parseCsv.ts';
import { assembleStaffImport, type StaffTables } from './assembleStaffImport.ts';
import { COLLECTIVE_COLUMN_BY_HEADER, COLLECTIVE_SHEET_NAME } from './collectiveColumns.ts';
import { parseStaffWorkbook, staffFileFailure } from './parseStaffWorkbook.ts';
import { headerKey, MAX_DATA_ROWS, STAFF_COLUMNS } from './staffColumns.ts';
import { staffImportMessages as M } from './staffImportMessages.ts';
import type { ParseResult, StaffImportContext } from './staffImportTypes.ts';

const HEADER_SEARCH_RECORDS = 10;
const STAFF_BY_HEADER = new Map(STAFF_COLUMNS.map((c) => [headerKey(c.header), c.key]));
const REQUIRED = STAFF_COLUMNS.filter((c) => c.required);
/** The name the preview and messages give a CSV's table. */
export const CSV_STAFF_SHEET = 'Cán bộ (CSV)';
export const CSV_COLLECTIVE_SHEET = `${COLLECTIVE_SHEET_NAME} (CSV)`;

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Columns of `header` known to `index`, first of two same-named columns winning. */
function columnsOf<K>(fields: string[], index: ReadonlyMap<string, K>): Map<K, number> {
  const columns = new Map<K, number>();
  fields.forEach((f, i) => {
    const key = index.get(headerKey(f));
    if (key !== undefined && !columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** Reads a staff CSV (UTF-8, "," or ";" separated): the staff table, or the collectives table ("Tên tổ"…). */
export function parseStaffCsv(buffer: Buffer, ctx: StaffImportContext): ParseResult {
  const text = decodeUtf8(buffer);
  if (text === null) return staffFileFailure(M.notXlsx);
  const parsed = parseCsv(text);
  if (!parsed.ok) return staffFileFailure(M.csvUnclosedQuote(parsed.unclosedQuoteLine));
  const head = parsed.records.slice(0, HEADER_SEARCH_RECORDS);
  const staffAt = head.findIndex((r) => columnsOf(r.fields, STAFF_BY_HEADER).size > 0);
  const collectiveAt = head.findIndex((r) => columnsOf(r.fields, COLLECTIVE_COLUMN_BY_HEADER).has('name'));
  const kind = staffAt >= 0 ? 'staff' : collectiveAt >= 0 ? 'collectives' : null;
  if (!kind) return staffFileFailure(M.missingHeaders(REQUIRED.map((c) => c.header)));
  const headerAt = kind === 'staff' ? staffAt : collectiveAt;
  const columns = columnsOf<string>(parsed.records[headerAt]!.fields, kind === 'staff' ? STAFF_BY_HEADER : COLLECTIVE_COLUMN_BY_HEADER);
  if (kind === 'staff') {
    const missing = REQUIRED.filter((c) => !columns.has(c.key)).map((c) => c.header);
    if (missing.length) return staffFileFailure(M.missingHeaders(missing));
  }
  const rows = parsed.records
    .slice(headerAt + 1)
    .filter((r) => r.fields.some((f) => f.trim() !== ''))
    .map((r) => ({ rowNumber: r.line, cells: Object.fromEntries([...columns].map(([key, col]) => [key, r.fields[col] || null])) }));
  if (rows.length > MAX_DATA_ROWS) return staffFileFailure(M.tooManyRows(rows.length));
  const tables: StaffTables = kind === 'staff' ? { staff: { sheet: CSV_STAFF_SHEET, rows } } : { collectives: { sheet: CSV_COLLECTIVE_SHEET, rows } };
  return assembleStaffImport(tables, ctx);
}

/** Parses a staff file by its content: a ZIP is a workbook, UTF-8 text a CSV; anything else is refused. */
export async function parseStaffFile(buffer: Buffer, ctx: StaffImportContext): Promise<ParseResult> {
  return isZip(buffer) ? parseStaffWorkbook(buffer, ctx) : parseStaffCsv(buffer, ctx);
}
