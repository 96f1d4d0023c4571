// The columns of the staff sheet, in the order the template and the export write them. The parser finds
// columns by header name (see headerKey), so users may reorder them or add columns of their own.
import { foldForSearch } from '../../../domain/text.ts';

export type StaffColumnKey =
  'code' | 'fullName' | 'gender' | 'birthDate' | 'position' | 'collective' | 'specialty' | 'qualification' | 'joinedSectorOn' | 'contractType' | 'active';

export interface StaffColumn {
  key: StaffColumnKey;
  header: string;
  /** A value is required in every row, so the column must be present in the file. */
  required: boolean;
  /** Column width in the sheet, in characters. */
  width: number;
  /** Values offered in the sheet's dropdown (the parser also accepts case/diacritic variants). */
  choices?: readonly string[];
  /** One line for the "Hướng dẫn" sheet. */
  help: string;
}

export const GENDER_LABELS = { male: 'Nam', female: 'Nữ' } as const;
export const CONTRACT_LABELS = { civil_servant: 'Viên chức', contract: 'Hợp đồng' } as const;
export const ACTIVE_LABELS = { active: 'Đang công tác', left: 'Đã nghỉ' } as const;

export const CODE_MAX = 20;
export const NAME_MAX = 100;
/** Same limit as the staff form (staff.schemas.ts), so anything the form accepts can be imported too. */
export const TEXT_MAX = 100;
/** Same rule as the staff form: letters (Vietnamese included), digits, "-" and "_". */
export const CODE_PATTERN = /^[\p{L}\p{N}_-]+$/u;
/** Keeps one upload (and the preview page) to a size the server parses in a few seconds. */
export const MAX_DATA_ROWS = 5000;

export const STAFF_COLUMNS: readonly StaffColumn[] = [
  {
    key: 'code',
    header: 'Mã cán bộ',
    required: true,
    width: 14,
    help: `Bắt buộc, không trùng trong tệp, tối đa ${CODE_MAX} ký tự (chữ, số, - và _). Dùng để nhận ra cán bộ đã có.`,
  },
  { key: 'fullName', header: 'Họ và tên', required: true, width: 28, help: `Bắt buộc, tối đa ${NAME_MAX} ký tự.` },
  { key: 'gender', header: 'Giới tính', required: true, width: 11, choices: Object.values(GENDER_LABELS), help: 'Bắt buộc: Nam hoặc Nữ.' },
  { key: 'birthDate', header: 'Ngày sinh', required: false, width: 13, help: 'Không bắt buộc. Ô ngày của Excel hoặc chữ dạng dd/mm/yyyy, ví dụ 05/09/1990.' },
  { key: 'position', header: 'Chức vụ', required: true, width: 20, help: `Bắt buộc, tối đa ${TEXT_MAX} ký tự, ví dụ Giáo viên, Tổ trưởng.` },
  { key: 'collective', header: 'Tổ', required: false, width: 20, help: 'Không bắt buộc. Phải là tên một tổ trong danh sách bên dưới.' },
  { key: 'specialty', header: 'Chuyên môn', required: false, width: 22, help: `Không bắt buộc, tối đa ${TEXT_MAX} ký tự.` },
  { key: 'qualification', header: 'Trình độ', required: false, width: 16, help: `Không bắt buộc, tối đa ${TEXT_MAX} ký tự, ví dụ Đại học, Thạc sĩ.` },
  { key: 'joinedSectorOn', header: 'Ngày vào ngành', required: false, width: 15, help: 'Không bắt buộc. Ô ngày của Excel hoặc chữ dạng dd/mm/yyyy.' },
  {
    key: 'contractType',
    header: 'Loại hợp đồng',
    required: true,
    width: 15,
    choices: Object.values(CONTRACT_LABELS),
    help: 'Bắt buộc: Viên chức hoặc Hợp đồng.',
  },
  {
    key: 'active',
    header: 'Trạng thái',
    required: false,
    width: 15,
    choices: Object.values(ACTIVE_LABELS),
    help: 'Đang công tác hoặc Đã nghỉ. Để trống: cán bộ mới là Đang công tác, cán bộ đã có giữ nguyên.',
  },
];

/** The column definition for a key (always defined: the list covers every key). */
export function staffColumn(key: StaffColumnKey): StaffColumn {
  const column = STAFF_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown staff column ${key}`);
  return column;
}

/** Folds a header or a choice for matching: no diacritics, lower case, no punctuation ("Mã cán bộ (*)" → "ma can bo"). */
export function headerKey(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
