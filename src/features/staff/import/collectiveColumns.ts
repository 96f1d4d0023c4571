// The collectives sheet of a staff workbook ("Tổ"): the school's tổ, created or updated by name, each with its kind
// and its leader. Members are not listed here: a person's "Tổ" cell on the staff sheet makes them a member, and it
// may name a tổ this sheet creates, so a school's whole directory loads from one workbook.
import type { CollectiveKind } from '../../../generated/prisma/enums.ts';
import { headerKey } from './staffColumns.ts';

export type CollectiveColumnKey = 'name' | 'kind' | 'leader';

export interface CollectiveColumn {
  key: CollectiveColumnKey;
  header: string;
  aliases: readonly string[];
  required: boolean;
  width: number;
  help: string;
}

export const COLLECTIVE_SHEET_NAME = 'Tổ';
export const COLLECTIVE_NAME_MAX = 100;

/** Labels of the kinds, first label of each kind is the one the template offers. */
export const COLLECTIVE_KIND_LABELS: Record<CollectiveKind, readonly string[]> = {
  grade_group: ['Tổ chuyên môn', 'Tổ khối'],
  office: ['Tổ văn phòng'],
  school: ['Toàn trường'],
};

export const COLLECTIVE_COLUMNS: readonly CollectiveColumn[] = [
  {
    key: 'name',
    header: 'Tên tổ',
    aliases: ['Tên tập thể'],
    required: true,
    width: 28,
    help: `Bắt buộc, tối đa ${COLLECTIVE_NAME_MAX} ký tự, không trùng. Tổ đã có (cùng tên) được cập nhật, tổ mới được tạo.`,
  },
  {
    key: 'kind',
    header: 'Loại tổ',
    aliases: ['Loại tập thể'],
    required: false,
    width: 18,
    help: 'Tổ chuyên môn (cũng nhận Tổ khối), Tổ văn phòng hoặc Toàn trường. Để trống: tổ mới là Tổ chuyên môn, tổ đã có giữ nguyên.',
  },
  {
    key: 'leader',
    header: 'Mã tổ trưởng',
    aliases: ['Tổ trưởng'],
    required: false,
    width: 16,
    help: 'Mã cán bộ của tổ trưởng: cán bộ đã có trong danh bạ hoặc có ở trang cán bộ của cùng tệp. Để trống: không có tổ trưởng.',
  },
];

/** Folded header text → column key (aliases included). */
export const COLLECTIVE_COLUMN_BY_HEADER = new Map(COLLECTIVE_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [headerKey(h), c.key] as const)));

/** Folded kind label → kind. */
export const COLLECTIVE_KIND_BY_LABEL = new Map(
  Object.entries(COLLECTIVE_KIND_LABELS).flatMap(([kind, labels]) => labels.map((l) => [headerKey(l), kind as CollectiveKind] as const)),
);
