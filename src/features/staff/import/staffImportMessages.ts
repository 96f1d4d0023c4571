// Every Vietnamese message the staff import shows, in one place so wording stays consistent (and can move to
// the i18n catalogue later). Values the user typed are quoted with “ ” as Vietnamese typography does.
import { dateMessageKey, type DateRefusal } from '../../../domain/calendarDate.ts';
import { vi } from '../../../i18n/vi.ts';
import { CODE_MAX, MAX_DATA_ROWS, NAME_MAX, TEXT_MAX } from './staffColumns.ts';

const quote = (value: string) => `“${value}”`;
const thousands = (n: number) => n.toLocaleString('vi-VN');

export const staffImportMessages = {
  notXlsx: 'Tệp không phải là bảng tính Excel (.xlsx). Vui lòng dùng tệp mẫu.',
  csvUnclosedQuote: (line: number) => `Tệp CSV có dấu ngoặc kép mở ở dòng ${line} mà không đóng.`,
  unreadable: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Vui lòng dùng tệp mẫu.',
  missingHeaders: (headers: string[]) =>
    `Không tìm thấy trang tính có đủ các cột bắt buộc. Thiếu cột: ${headers.map(quote).join(', ')}. Vui lòng dùng tệp mẫu.`,
  tooManyRows: (count: number) => `Tệp có ${thousands(count)} dòng dữ liệu, quá giới hạn ${thousands(MAX_DATA_ROWS)} dòng. Vui lòng chia thành nhiều tệp.`,

  codeMissing: 'Thiếu mã cán bộ.',
  codeTooLong: `Mã cán bộ dài quá ${CODE_MAX} ký tự.`,
  codeFormat: (value: string) => `Mã cán bộ chỉ gồm chữ, số, dấu - và _ (đang là ${quote(value)}).`,
  codeDuplicate: (code: string, firstRow: number) => `Mã cán bộ ${code} bị trùng với dòng ${firstRow}.`,
  nameMissing: 'Thiếu họ và tên.',
  nameTooLong: `Họ và tên dài quá ${NAME_MAX} ký tự.`,
  required: (header: string) => `Thiếu ${header.toLowerCase()}.`,
  tooLong: (header: string) => `${header} dài quá ${TEXT_MAX} ký tự.`,
  gender: (value: string) => `Giới tính phải là Nam hoặc Nữ (đang là ${quote(value)}).`,
  date: (header: string, value: string, reason: DateRefusal) => `${header} ${quote(value)} không hợp lệ. ${vi[dateMessageKey(reason)]}`,
  collective: (value: string) => `Không có tổ ${quote(value)} trong danh bạ của trường.`,
  contract: 'Loại hợp đồng phải là Viên chức hoặc Hợp đồng.',
  active: (value: string) => `Trạng thái phải là Đang công tác hoặc Đã nghỉ (đang là ${quote(value)}).`,
};
