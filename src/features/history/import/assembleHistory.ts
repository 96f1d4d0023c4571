// Turns the tables read from a file (XLSX sheets or CSV record types, already split into rows of cells by
// header) into the parse result: row parsing, duplicates, initiative merging and counts. Shared by both
// formats, so a CSV and an XLSX with the same data give the same result.
import type { HistoryContent, HistoryContext, HistoryParseResult, HistoryRowError } from '../historyTypes.ts';
import type { HistorySheetSpec } from './historyColumns.ts';
import { buildHistoryDirectory } from './historyDirectory.ts';
import * as D from './historyDuplicates.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import { emptyHistoryContent, historyCounts } from './historyResult.ts';
import { HistoryRowReader, type HistoryCells } from './historyRowReader.ts';
import * as P from './historyRowParsers.ts';
import { mergeInitiatives, type InitiativeRow } from './mergeInitiatives.ts';
import { parseCoverageRow } from './parseCoverageRow.ts';

/** The data rows of one record type found in the file. */
export interface HistoryTable {
  spec: HistorySheetSpec;
  /** The sheet name as the file spells it (CSV: the record type's canonical name). */
  sheet: string;
  headerRow: number;
  /** Column headers (canonical spelling) the file has. */
  present: ReadonlySet<string>;
  rows: Array<{ row: number; cells: HistoryCells }>;
}

/**
 * Parses every table's rows into `HistoryContent`, keeping only valid records. `errors` are file-format errors
 * found earlier (CSV rows of an unknown type); `order` 'row' sorts all errors by line (CSV), 'sheet' by sheet then row.
 */
export function assembleHistory(
  tables: HistoryTable[],
  ctx: HistoryContext,
  options: { errors?: HistoryRowError[]; order: 'sheet' | 'row' },
): HistoryParseResult {
  const dir = buildHistoryDirectory(ctx);
  const content: HistoryContent = emptyHistoryContent();
  const errors: HistoryRowError[] = [...(options.errors ?? [])];
  const firstRows = new Map<string, number>();
  const initiativeRows: InitiativeRow[] = [];

  const keep = <T>(list: T[], r: HistoryRowReader, record: T, rule: D.DuplicateRule<T>, kind: string) => {
    const key = rule.key(record);
    if (key !== null) {
      const firstRow = firstRows.get(`${kind}|${key}`);
      if (firstRow === undefined) firstRows.set(`${kind}|${key}`, r.row);
      else r.fail(rule.column, rule.message(record, firstRow));
    }
    errors.push(...r.errors);
    if (r.errors.length === 0) list.push(record);
  };

  for (const table of tables) {
    const missing = table.spec.columns.filter((c) => c.required && !table.present.has(c.header));
    if (table.rows.length > 0 && missing.length > 0) {
      // One error per missing column rather than one per row: a sheet of 5,000 rows would otherwise bury the cause.
      for (const c of missing) errors.push({ sheet: table.sheet, row: table.headerRow, column: c.header, message: M.missingColumn(c.header, table.sheet) });
      continue;
    }
    for (const { row, cells } of table.rows) {
      const r = new HistoryRowReader(table.sheet, row, cells, dir);
      const kind = table.spec.kind;
      switch (kind) {
        case 'staffYears':
          keep(content.staffYears, r, P.parseStaffYearRow(r), D.staffYearDuplicates, kind);
          break;
        case 'awards':
          keep(content.awards, r, P.parseAwardRow(r), D.awardDuplicates, kind);
          break;
        case 'disciplines':
          keep(content.disciplines, r, P.parseDisciplineRow(r), D.disciplineDuplicates, kind);
          break;
        case 'pending':
          keep(content.pending, r, P.parsePendingRow(r), D.pendingDuplicates, kind);
          break;
        case 'research':
          keep(content.research, r, P.parseResearchRow(r), D.researchDuplicates, kind);
          break;
        case 'collectiveYears':
          keep(content.collectiveYears, r, P.parseCollectiveYearRow(r), D.collectiveYearDuplicates, kind);
          break;
        case 'coverage':
          keep(content.coverage, r, parseCoverageRow(r), D.coverageDuplicates, kind);
          break;
        case 'initiatives':
          initiativeRows.push({ sheet: table.sheet, row, errors: r.errors, ...P.parseInitiativeRow(r) });
          errors.push(...r.errors);
          break;
      }
    }
  }
  const merged = mergeInitiatives(initiativeRows);
  content.initiatives = merged.initiatives;
  errors.push(...merged.errors);

  const sheetOrder = new Map(tables.map((t, i) => [t.sheet, i]));
  const rank = (e: HistoryRowError) => (options.order === 'row' ? 0 : (sheetOrder.get(e.sheet) ?? -1));
  // Stable sort: errors of one row keep their column order.
  errors.sort((a, b) => rank(a) - rank(b) || a.row - b.row);
  return { content, errors, counts: historyCounts(content) };
}
