// Reads a history CSV: one file for every record type, the first column "Loại bản ghi" naming the type (a sheet
// name of the XLSX format, diacritics optional) and the other columns, by header, holding the union of all
// types' columns; a row reads only its type's columns. See parseHistoryFile.ts for the whole format.
import { headerKey } from '../../staff/import/staffColumns.ts';
import { cleanText } from '../../../domain/text.ts';
import type { HistoryContext, HistoryParseResult, HistoryRowError } from '../historyTypes.ts';
import { assembleHistory, type HistoryTable } from './assembleHistory.ts';
import { findHistorySheet, headerIndex, HISTORY_SHEETS, MAX_HISTORY_ROWS, RECORD_TYPE_HEADER } from './historyColumns.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import { historyFileFailure } from './historyResult.ts';
import { parseCsv, type CsvRecord } from './parseCsv.ts';

const HEADER_SEARCH_RECORDS = 10;
const TYPE_KEY = headerKey(RECORD_TYPE_HEADER);

/** The text of a UTF-8 file without its BOM; null when the bytes are not UTF-8 (ANSI / Windows-1258 saves). */
export function decodeUtf8(buffer: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
  // U+FFFD means some tool already replaced undecodable bytes: the Vietnamese letters are lost.
  if (text.includes('\uFFFD')) return null;
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

const isBlankRecord = (r: CsvRecord) => r.fields.every((f) => f.trim() === '');

/** Reads a history CSV (UTF-8, "," or ";" separated) into records and cell-level errors; never throws. */
export function parseHistoryCsv(buffer: Buffer, ctx: HistoryContext): HistoryParseResult {
  const text = decodeUtf8(buffer);
  if (text === null) return historyFileFailure(M.notUtf8);
  const parsed = parseCsv(text);
  if (!parsed.ok) return historyFileFailure(M.csvUnclosedQuote(parsed.unclosedQuoteLine));

  // The header line may sit below a title line or two.
  const headerAt = parsed.records.slice(0, HEADER_SEARCH_RECORDS).findIndex((r) => r.fields.some((f) => headerKey(f) === TYPE_KEY));
  const header = parsed.records[headerAt];
  if (!header) return historyFileFailure(M.csvNoHeader);
  const columnByKey = new Map<string, number>();
  // The first of two same-named columns wins.
  header.fields.forEach((f, i) => {
    if (!columnByKey.has(headerKey(f))) columnByKey.set(headerKey(f), i);
  });
  const typeColumn = columnByKey.get(TYPE_KEY) ?? 0;

  const tables = new Map<string, { table: HistoryTable; columns: Map<string, number> }>();
  for (const spec of HISTORY_SHEETS) {
    const columns = new Map<string, number>();
    for (const [key, canonical] of headerIndex(spec)) {
      const col = columnByKey.get(key);
      if (col !== undefined && !columns.has(canonical)) columns.set(canonical, col);
    }
    const table: HistoryTable = { spec, sheet: spec.name, headerRow: header.line, present: new Set(columns.keys()), rows: [] };
    tables.set(spec.name, { table, columns });
  }

  const errors: HistoryRowError[] = [];
  const names = HISTORY_SHEETS.map((s) => s.name);
  const dataRecords = parsed.records.slice(headerAt + 1).filter((r) => !isBlankRecord(r));
  if (dataRecords.length > MAX_HISTORY_ROWS) return historyFileFailure(M.tooManyRows(dataRecords.length));
  for (const record of dataRecords) {
    const typed = cleanText(record.fields[typeColumn] ?? '');
    const spec = findHistorySheet(typed);
    const target = spec && tables.get(spec.name);
    if (!target) {
      errors.push({ sheet: typed, row: record.line, column: RECORD_TYPE_HEADER, message: M.recordType(typed, names) });
      continue;
    }
    const cells = new Map<string, string | null>();
    for (const [canonical, col] of target.columns) cells.set(canonical, record.fields[col] || null);
    target.table.rows.push({ row: record.line, cells });
  }
  return assembleHistory(
    [...tables.values()].map((t) => t.table),
    ctx,
    { errors, order: 'row' },
  );
}
