// The history file's record types (one sheet each, or one "Loại bản ghi" value in a CSV) and their columns, in
// the order the template writes them. Parsers find sheets and columns by name (see headerKey), so users may
// reorder columns, drop optional ones or add their own.
import { headerKey } from '../../staff/import/staffColumns.ts';
import type { HistoryContent } from '../historyTypes.ts';
import { COVERAGE_KINDS, DISCIPLINE_LEVELS, INITIATIVE_LEVELS, PENDING_KINDS, RATINGS } from './historyChoices.ts';

/** The Vietnamese column headers; cells and errors refer to columns by these. */
export const H = {
  staffCode: 'Mã cán bộ',
  year: 'Năm học',
  rating: 'Xếp loại',
  monthsWorked: 'Số tháng công tác',
  leaveDays: 'Số ngày nghỉ',
  maternityLeaveDays: 'Số ngày nghỉ thai sản',
  team: 'Tổ',
  disciplineChecked: 'Đã kiểm tra kỷ luật',
  collective: 'Tập thể',
  award: 'Danh hiệu/Hình thức',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  issuer: 'Cơ quan ban hành',
  disciplineLevel: 'Hình thức kỷ luật',
  pendingKind: 'Loại xem xét',
  from: 'Từ ngày',
  to: 'Đến ngày',
  initiativeTitle: 'Tên sáng kiến',
  initiativeLevel: 'Cấp công nhận',
  grade: 'Xếp loại sáng kiến',
  recognisedOn: 'Ngày công nhận',
  author: 'Mã tác giả',
  share: 'Tỉ lệ đóng góp (%)',
  researchTitle: 'Tên đề tài',
  accepted: 'Đã nghiệm thu',
  applied: 'Đã áp dụng',
  coveredKinds: 'Hồ sơ đã đủ',
} as const;

/** The first column of a history CSV: which sheet the row belongs to. */
export const RECORD_TYPE_HEADER = 'Loại bản ghi';
/** Keeps one upload (and its preview) to a size parsed in a few seconds: 10 years of a 500-person school. */
export const MAX_HISTORY_ROWS = 50_000;
export const TEXT_LIMITS = { title: 500, decisionNumber: 100, issuer: 200, grade: 100 } as const;

export type HistoryKind = keyof HistoryContent;

export interface HistoryColumn {
  header: string;
  /** A value is required in every row, so a sheet with rows must have the column. */
  required: boolean;
  width: number;
  /** Cell format in the template: text keeps codes like "001" and years like "2023-24" as typed. */
  format?: 'text' | 'date';
  /** Other headers read as this column. */
  aliases?: readonly string[];
  /** One line for the "Hướng dẫn" sheet. */
  help: string;
}

export interface HistorySheetSpec {
  kind: HistoryKind;
  name: string;
  columns: readonly HistoryColumn[];
}

const list = (labels: readonly string[]) => labels.join(', ');
const YEAR_HELP = 'Bắt buộc, dạng 2023-2024 (cũng nhận 2023 - 2024, 2023-24).';
const yes = (help: string) => `Có hoặc Không. ${help}`;
const code = (help: string): HistoryColumn => ({ header: H.staffCode, required: true, width: 14, format: 'text', help });
const year: HistoryColumn = { header: H.year, required: true, width: 12, format: 'text', help: YEAR_HELP };
const date = (header: string, required: boolean, help: string): HistoryColumn => ({ header, required, width: 16, format: 'date', help });
const text = (header: string, required: boolean, width: number, help: string): HistoryColumn => ({ header, required, width, help });

export const HISTORY_SHEETS: readonly HistorySheetSpec[] = [
  {
    kind: 'staffYears',
    name: 'Hồ sơ năm học',
    columns: [
      code('Bắt buộc, phải có trong danh bạ cán bộ. Mỗi cán bộ một dòng cho mỗi năm học.'),
      year,
      text(H.rating, false, 12, `Mức hoàn thành nhiệm vụ: ${list(RATINGS.labels)} (hoặc ghi đầy đủ, ví dụ Hoàn thành tốt nhiệm vụ).`),
      text(H.monthsWorked, false, 12, 'Số tháng thực tế công tác, không tính thời gian nghỉ thai sản; từ 0 đến 12, ví dụ 9,5. Để trống là 12 tháng.'),
      text(H.leaveDays, false, 10, 'Số ngày nghỉ trong năm học, không tính nghỉ thai sản; số nguyên từ 0 đến 366. Để trống là 0 ngày.'),
      text(H.maternityLeaveDays, false, 12, 'Số NGÀY nghỉ thai sản (không phải tháng); để trống là 0. Khi xét, 30 ngày tính là một tháng làm việc.'),
      text(H.team, false, 18, 'Tổ của cán bộ trong năm học đó; phải có trong danh sách tập thể của trường.'),
      text(
        H.disciplineChecked,
        false,
        12,
        yes(
          'Có: đã đối chiếu hồ sơ kỷ luật năm đó (các kỷ luật ghi ở trang Kỷ luật). Để trống là CHƯA kiểm tra, trừ năm học trường đã khai hồ sơ kỷ luật đầy đủ.',
        ),
      ),
    ],
  },
  {
    kind: 'awards',
    name: 'Danh hiệu, khen thưởng',
    columns: [
      { ...code('Cán bộ được khen. Ghi mã cán bộ HOẶC tập thể, không ghi cả hai.'), required: false },
      text(H.collective, false, 20, 'Tập thể được khen (tên như trong danh sách tập thể của trường).'),
      year,
      { ...text(H.award, true, 34, 'Bắt buộc: tên hoặc mã trong bảng danh hiệu ở cuối trang này.'), aliases: ['Danh hiệu', 'Hình thức khen thưởng'] },
      text(H.decisionNumber, true, 16, `Bắt buộc, tối đa ${TEXT_LIMITS.decisionNumber} ký tự, ví dụ 123/QĐ-UBND.`),
      date(H.decisionDate, true, 'Bắt buộc, dạng dd/mm/yyyy.'),
      text(H.issuer, true, 28, `Bắt buộc, tối đa ${TEXT_LIMITS.issuer} ký tự, ví dụ UBND Quận 1.`),
    ],
  },
  {
    kind: 'disciplines',
    name: 'Kỷ luật',
    columns: [
      code('Bắt buộc.'),
      year,
      { ...text(H.disciplineLevel, true, 16, `Bắt buộc: ${list(DISCIPLINE_LEVELS.labels)}.`), aliases: ['Hình thức'] },
      date(H.decisionDate, true, 'Bắt buộc, dạng dd/mm/yyyy.'),
    ],
  },
  {
    kind: 'pending',
    name: 'Đang xem xét kỷ luật',
    columns: [
      code('Bắt buộc.'),
      { ...text(H.pendingKind, true, 12, `Bắt buộc: ${list(PENDING_KINDS.labels)}.`), aliases: ['Loại'] },
      date(H.from, true, 'Bắt buộc, dạng dd/mm/yyyy.'),
      date(H.to, false, 'Để trống nếu việc xem xét chưa kết thúc.'),
    ],
  },
  {
    kind: 'initiatives',
    name: 'Sáng kiến',
    columns: [
      year,
      text(H.initiativeTitle, true, 40, 'Bắt buộc. Sáng kiến nhiều tác giả: mỗi tác giả một dòng, cùng năm học và tên sáng kiến.'),
      text(H.initiativeLevel, true, 14, `Bắt buộc: ${list(INITIATIVE_LEVELS.labels)}.`),
      text(H.grade, false, 10, 'Xếp loại sáng kiến nếu có, ví dụ A.'),
      date(H.recognisedOn, false, 'Dạng dd/mm/yyyy.'),
      { header: H.author, required: true, width: 14, format: 'text', help: 'Bắt buộc, mã cán bộ của tác giả.' },
      {
        ...text(H.share, false, 12, 'Từ 0 đến 100. Để trống khi chỉ có một tác giả (100%); tổng của một sáng kiến không quá 100.'),
        aliases: ['Tỷ lệ đóng góp (%)'],
      },
    ],
  },
  {
    kind: 'research',
    name: 'Đề tài nghiên cứu',
    columns: [
      code('Bắt buộc.'),
      year,
      text(H.researchTitle, true, 40, `Bắt buộc, tối đa ${TEXT_LIMITS.title} ký tự.`),
      text(H.accepted, true, 12, yes('Bắt buộc.')),
      text(H.applied, false, 12, yes('Để trống nếu chưa được thủ trưởng đơn vị xác nhận.')),
    ],
  },
  {
    kind: 'collectiveYears',
    name: 'Tập thể',
    columns: [
      text(H.collective, true, 24, 'Bắt buộc, tên như trong danh sách tập thể của trường.'),
      year,
      text(H.rating, false, 12, `Mức hoàn thành nhiệm vụ của tập thể: ${list(RATINGS.labels)}.`),
    ],
  },
  {
    kind: 'coverage',
    name: 'Năm học đã đủ dữ liệu',
    columns: [
      { ...year, help: `${YEAR_HELP} Mỗi năm học một dòng.` },
      text(
        H.coveredKinds,
        true,
        50,
        `Bắt buộc: các loại hồ sơ của năm học đó đã nhập ĐẦY ĐỦ, cách nhau bởi dấu phẩy: ${list(COVERAGE_KINDS.labels)}. Trong các năm này, không có bản ghi nghĩa là "không có" (không danh hiệu, không kỷ luật…); ngoài các năm này nghĩa là "chưa rõ".`,
      ),
    ],
  },
];

const SHEET_BY_KEY = new Map(HISTORY_SHEETS.map((s) => [headerKey(s.name), s]));

/** The record type whose sheet name (or CSV "Loại bản ghi" value) this is, ignoring diacritics and case. */
export function findHistorySheet(name: string): HistorySheetSpec | undefined {
  return SHEET_BY_KEY.get(headerKey(name));
}

/** Maps folded header text to the column it names, for one record type. */
export function headerIndex(spec: HistorySheetSpec): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of spec.columns) for (const h of [c.header, ...(c.aliases ?? [])]) index.set(headerKey(h), c.header);
  return index;
}

/** The CSV header line: "Loại bản ghi" then every distinct column of every record type. */
export function historyCsvHeaders(): string[] {
  return [RECORD_TYPE_HEADER, ...new Set(HISTORY_SHEETS.flatMap((s) => s.columns.map((c) => c.header)))];
}
