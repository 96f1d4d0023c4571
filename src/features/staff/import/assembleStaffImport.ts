// Turns the tables read from a staff file (XLSX sheets or a CSV, already split into rows of cells by column) into
// the preview: collectives first (so the staff sheet's "Tổ" may name a tổ the same file creates), then staff rows.
// Shared by both formats, so a CSV and a workbook with the same data give the same result. Pure.
import { diffStaff } from './diffStaff.ts';
import { parseCollectiveRows, type CollectiveRowCells } from './parseCollectiveRows.ts';
import { buildStaffRowLookup, parseStaffRow, type StaffRowCells } from './parseStaffRow.ts';
import { cellText } from './readCellValue.ts';
import { staffImportMessages as M } from './staffImportMessages.ts';
import type { ParsedStaffRow, ParseResult, StaffImportContext, StaffImportData, StaffRowStatus } from './staffImportTypes.ts';

export interface StaffTables {
  staff?: { sheet: string; rows: Array<{ rowNumber: number; cells: StaffRowCells }> };
  collectives?: { sheet: string; rows: Array<{ rowNumber: number; cells: CollectiveRowCells }> };
}

/** The id a collective created by this import stands under until it exists (resolved by name when applying). */
export const NEW_COLLECTIVE_ID = (name: string) => `new:${name}`;

const countOf = (rows: ReadonlyArray<{ status: StaffRowStatus }>) => {
  const counts: Record<StaffRowStatus, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
};

/** Classifies every row of the file's tables against the school's directory. */
export function assembleStaffImport(tables: StaffTables, ctx: StaffImportContext): ParseResult {
  const fileCodes = new Set((tables.staff?.rows ?? []).map((r) => cellText(r.cells.code ?? null)).filter(Boolean));
  const collectiveRows = tables.collectives ? parseCollectiveRows(tables.collectives.rows, ctx.collectives, ctx.existing, fileCodes) : [];
  const created = collectiveRows.filter((c) => c.status === 'new').map((c) => ({ id: NEW_COLLECTIVE_ID(c.name), name: c.name }));
  const lookup = buildStaffRowLookup({ ...ctx, collectives: [...ctx.collectives, ...created] });

  const firstRowByCode = new Map<string, number>();
  const rows = (tables.staff?.rows ?? []).map(({ rowNumber, cells }): ParsedStaffRow => {
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

  const result: ParseResult = { rows, counts: countOf(rows) };
  if (tables.staff) result.staffSheet = tables.staff.sheet;
  if (tables.collectives) result.collectives = { sheet: tables.collectives.sheet, rows: collectiveRows, counts: countOf(collectiveRows) };
  return result;
}
