// The rows of a collectives sheet → tổ to create, update or leave, with a Vietnamese message per bad cell. Pure.
// A column missing from the sheet keeps the current value; an empty cell in a present "Mã tổ trưởng" column means
// "no leader", as on the staff sheet.
import { cleanText, foldForSearch } from '../../../domain/text.ts';
import { COLLECTIVE_COLUMNS, COLLECTIVE_KIND_BY_LABEL, COLLECTIVE_NAME_MAX, type CollectiveColumnKey } from './collectiveColumns.ts';
import { cellText, type PlainCellValue } from './readCellValue.ts';
import { headerKey } from './staffColumns.ts';
import type { CollectiveField, ExistingCollective, ExistingStaff, ParsedCollectiveRow, StaffRowError } from './staffImportTypes.ts';

export type CollectiveRowCells = Partial<Record<CollectiveColumnKey, PlainCellValue>>;

const header = (key: CollectiveColumnKey) => COLLECTIVE_COLUMNS.find((c) => c.key === key)!.header;
const quote = (value: string) => `“${value}”`;

export const collectiveMessages = {
  nameMissing: 'Thiếu tên tổ.',
  nameTooLong: `Tên tổ dài quá ${COLLECTIVE_NAME_MAX} ký tự.`,
  nameDuplicate: (name: string, firstRow: number) => `Tổ ${quote(name)} bị trùng với dòng ${firstRow}.`,
  kind: (value: string) => `Loại tổ phải là Tổ chuyên môn, Tổ văn phòng hoặc Toàn trường (đang là ${quote(value)}).`,
  leader: (code: string) => `Không có cán bộ mã ${quote(code)} trong danh bạ hoặc trong trang cán bộ của tệp.`,
};

/** Classifies each collectives row against the school's collectives; `fileStaffCodes` are the staff sheet's codes. */
export function parseCollectiveRows(
  rows: ReadonlyArray<{ rowNumber: number; cells: CollectiveRowCells }>,
  existing: readonly ExistingCollective[],
  existingStaff: readonly ExistingStaff[],
  fileStaffCodes: ReadonlySet<string>,
): ParsedCollectiveRow[] {
  const exact = new Map(existing.map((c) => [cleanText(c.name), c]));
  const folded = new Map<string, ExistingCollective>();
  for (const c of existing) if (!folded.has(foldForSearch(c.name))) folded.set(foldForSearch(c.name), c);
  const staffIdByCode = new Map(existingStaff.map((s) => [s.code, s.id]));
  const firstRowByName = new Map<string, number>();

  return rows.map(({ rowNumber, cells }): ParsedCollectiveRow => {
    const errors: StaffRowError[] = [];
    const fail = (key: CollectiveColumnKey, message: string) => errors.push({ column: header(key), message });
    const typedName = cellText(cells.name ?? null);
    if (typedName === '') fail('name', collectiveMessages.nameMissing);
    else if (typedName.length > COLLECTIVE_NAME_MAX) fail('name', collectiveMessages.nameTooLong);
    const first = firstRowByName.get(foldForSearch(typedName));
    if (typedName !== '' && first !== undefined) fail('name', collectiveMessages.nameDuplicate(typedName, first));
    else if (typedName !== '') firstRowByName.set(foldForSearch(typedName), rowNumber);
    const current = exact.get(typedName) ?? folded.get(foldForSearch(typedName));

    const kindText = cellText(cells.kind ?? null);
    const kind = kindText === '' ? null : (COLLECTIVE_KIND_BY_LABEL.get(headerKey(kindText)) ?? null);
    if (kindText !== '' && !kind) fail('kind', collectiveMessages.kind(kindText));

    const leaderGiven = 'leader' in cells;
    const leaderCode = cellText(cells.leader ?? null) || null;
    if (leaderCode && !staffIdByCode.has(leaderCode) && !fileStaffCodes.has(leaderCode)) fail('leader', collectiveMessages.leader(leaderCode));

    const base = { rowNumber, name: current?.name ?? typedName, kind, leaderCode, leaderGiven, errors };
    if (errors.length > 0) return { ...base, status: 'error', changes: [] };
    if (!current) return { ...base, status: 'new', changes: [] };
    const changes: CollectiveField[] = [];
    if (kind && current.kind !== undefined && kind !== current.kind) changes.push('kind');
    // A leader who is new in this file has no id yet: that is a change by definition.
    if (leaderGiven && (leaderCode ? staffIdByCode.get(leaderCode) : null) !== (current.leaderStaffId ?? null)) changes.push('leader');
    return { ...base, status: changes.length ? 'update' : 'unchanged', existingId: current.id, changes };
  });
}
