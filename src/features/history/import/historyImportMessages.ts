// Every Vietnamese message the history import shows, in one place so wording stays consistent (and can move to
// the i18n catalogue later). Values the user typed are quoted with “ ” as Vietnamese typography does.
import { dateMessageKey, type DateRefusal } from '../../../domain/calendarDate.ts';
import { vi } from '../../../i18n/vi.ts';
import { MAX_HISTORY_ROWS, RECORD_TYPE_HEADER } from './historyColumns.ts';

const quote = (value: string) => `“${value}”`;
const thousands = (n: number) => n.toLocaleString('vi-VN');

export const historyImportMessages = {
  notXlsx: 'Tệp không phải là bảng tính Excel (.xlsx). Vui lòng dùng tệp mẫu.',
  oldXls: 'Tệp là bảng tính Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng “Excel Workbook (*.xlsx)”.',
  unreadable: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Vui lòng dùng tệp mẫu.',
  unknownFormat: 'Tệp phải là bảng tính Excel (.xlsx) hoặc tệp CSV mã UTF-8. Vui lòng dùng tệp mẫu.',
  noKnownSheet: (names: string[]) => `Không tìm thấy trang nào của mẫu nhập lịch sử. Tên trang phải là một trong: ${names.map(quote).join(', ')}.`,
  notUtf8:
    'Tệp CSV không được lưu bằng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel, chọn Lưu thành (Save As), ' +
    'kiểu tệp “CSV UTF-8 (Comma delimited) (*.csv)”, rồi tải lên lại.',
  csvNoHeader: `Tệp CSV thiếu dòng tiêu đề có cột ${quote(RECORD_TYPE_HEADER)}. Vui lòng dùng tệp mẫu.`,
  csvUnclosedQuote: (line: number) => `Tệp CSV có dấu ngoặc kép (") mở ở dòng ${line} mà không đóng.`,
  tooManyRows: (count: number) => `Tệp có ${thousands(count)} dòng dữ liệu, quá giới hạn ${thousands(MAX_HISTORY_ROWS)} dòng. Vui lòng chia thành nhiều tệp.`,

  missingColumn: (header: string, sheet: string) => `Thiếu cột ${quote(header)} nên chưa đọc được dòng nào của ${quote(sheet)}.`,
  recordType: (value: string, names: string[]) =>
    value === ''
      ? `Thiếu loại bản ghi: ghi một trong ${names.map(quote).join(', ')}.`
      : `Loại bản ghi ${quote(value)} không hợp lệ: ghi một trong ${names.map(quote).join(', ')}.`,
  required: (header: string) => `Thiếu ${header.toLowerCase()}.`,
  tooLong: (header: string, max: number) => `${header} dài quá ${max} ký tự.`,
  unknownStaff: (code: string) => `Không có cán bộ mã ${quote(code)} trong danh bạ.`,
  unknownCollective: (name: string) => `Không có tập thể ${quote(name)} trong danh bạ.`,
  year: (value: string) => `Năm học ${quote(value)} không hợp lệ: ghi dạng 2023-2024 (từ 1950 đến 2100).`,
  date: (header: string, value: string, reason: DateRefusal) => `${header} ${quote(value)} không hợp lệ. ${vi[dateMessageKey(reason)]}`,
  choice: (header: string, value: string, labels: readonly string[]) => `${header} ${quote(value)} không hợp lệ: ghi một trong ${labels.join(', ')}.`,
  months: (value: string) => `Số tháng công tác phải từ 0 đến 12, lẻ tối đa một chữ số thập phân (đang là ${quote(value)}).`,
  days: (header: string, value: string) => `${header} phải là số nguyên từ 0 đến 366 (đang là ${quote(value)}).`,
  share: (value: string) => `Tỉ lệ đóng góp phải là số từ 0 đến 100 (đang là ${quote(value)}).`,

  staffYearDuplicate: (code: string, year: string, firstRow: number) => `Cán bộ ${quote(code)} đã có hồ sơ năm học ${year} ở dòng ${firstRow}.`,
  duplicate: (firstRow: number) => `Trùng với dòng ${firstRow}.`,
  awardBothHolders: 'Ghi mã cán bộ hoặc tập thể, không ghi cả hai.',
  awardNoHolder: 'Thiếu mã cán bộ hoặc tập thể (ghi một trong hai).',
  collectiveOnlyAward: (name: string) => `${quote(name)} là danh hiệu tập thể: ghi ở cột Tập thể, không ghi mã cán bộ.`,
  individualOnlyAward: (name: string) => `${quote(name)} là danh hiệu cá nhân: ghi mã cán bộ, không ghi tập thể.`,
  toBeforeFrom: 'Đến ngày phải sau hoặc bằng Từ ngày.',
  appliedNotAccepted: 'Đề tài chưa nghiệm thu thì chưa thể ghi là đã áp dụng.',
  initiativeConflict: (header: string, firstRow: number) => `${header} khác với dòng ${firstRow} của cùng sáng kiến.`,
  duplicateAuthor: (code: string, firstRow: number) => `Tác giả ${quote(code)} đã có ở dòng ${firstRow} của cùng sáng kiến.`,
  shareNeeded: 'Sáng kiến có nhiều tác giả: ghi tỉ lệ đóng góp của từng người.',
  sharesOver: (title: string, total: number) => `Tổng tỉ lệ đóng góp của sáng kiến ${quote(title)} là ${total.toLocaleString('vi-VN')}%, vượt quá 100%.`,
};
