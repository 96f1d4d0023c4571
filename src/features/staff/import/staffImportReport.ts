// The staff import's preview as plain text lines (for `npm run staff:import`): every row with what would happen, and
// every bad cell as "<sheet>, dòng <n>, cột “<header>”: <message>".
import { COLLECTIVE_SHEET_NAME } from './collectiveColumns.ts';
import { staffColumn, type StaffColumnKey } from './staffColumns.ts';
import type { ParseResult, StaffField, StaffRowStatus } from './staffImportTypes.ts';

const STATUS: Record<StaffRowStatus, string> = { new: 'mới', update: 'cập nhật', unchanged: 'không đổi', error: 'lỗi' };
const FIELD_COLUMN: Record<StaffField, StaffColumnKey> = {
  fullName: 'fullName',
  gender: 'gender',
  birthDate: 'birthDate',
  position: 'position',
  collectiveId: 'collective',
  specialty: 'specialty',
  qualification: 'qualification',
  joinedSectorOn: 'joinedSectorOn',
  contractType: 'contractType',
  active: 'active',
};
const COLLECTIVE_FIELD = { kind: 'Loại tổ', leader: 'Mã tổ trưởng' } as const;
const counts = (c: Record<StaffRowStatus, number>) => `${c.new} mới, ${c.update} cập nhật, ${c.unchanged} không đổi, ${c.error} lỗi`;

/** Lines describing each row, then the errors, then the totals. */
export function staffImportReport(result: ParseResult): { rows: string[]; errors: string[]; totals: string } {
  const rows: string[] = [];
  const errors: string[] = [];
  const collectives = result.collectives;
  if (collectives) {
    rows.push(`Trang “${collectives.sheet}”:`);
    for (const r of collectives.rows) {
      const changes = r.status === 'update' ? `: ${r.changes.map((c) => COLLECTIVE_FIELD[c]).join(', ')}` : '';
      rows.push(`  dòng ${r.rowNumber}  ${r.name} — ${STATUS[r.status]}${changes}`);
      for (const e of r.errors) errors.push(`${collectives.sheet}, dòng ${r.rowNumber}, cột “${e.column}”: ${e.message}`);
    }
  }
  if (result.staffSheet) {
    rows.push(`Trang “${result.staffSheet}”:`);
    for (const r of result.rows) {
      const changes = r.status === 'update' ? `: ${r.changes.map((c) => staffColumn(FIELD_COLUMN[c]).header).join(', ')}` : '';
      const team = r.collectiveName ? ` (${r.collectiveName})` : '';
      rows.push(`  dòng ${r.rowNumber}  ${r.code} ${r.fullName}${team} — ${STATUS[r.status]}${changes}`);
      for (const e of r.errors) errors.push(`${result.staffSheet}, dòng ${r.rowNumber}, cột “${e.column}”: ${e.message}`);
    }
  }
  const parts = [
    ...(collectives ? [`${COLLECTIVE_SHEET_NAME}: ${counts(collectives.counts)}`] : []),
    ...(result.staffSheet ? [`Cán bộ: ${counts(result.counts)}`] : []),
  ];
  return { rows, errors, totals: parts.join('; ') };
}
