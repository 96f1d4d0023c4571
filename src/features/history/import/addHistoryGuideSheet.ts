// The "Hướng dẫn" sheet of the history template: the format in Vietnamese, column by column, and the table of
// titles and forms of commendation (also the source of the "Danh hiệu/Hình thức" dropdown).
import type { Workbook } from 'exceljs';
import type { AwardCode } from '../../../domain/rules/facts.ts';
import { AWARD_NAMES, COLLECTIVE_ONLY_AWARDS, INDIVIDUAL_ONLY_AWARDS } from './historyChoices.ts';
import { HISTORY_SHEETS, MAX_HISTORY_ROWS, RECORD_TYPE_HEADER } from './historyColumns.ts';

export const GUIDE_SHEET_NAME = 'Hướng dẫn';

const INTRO = [
  'Tệp dùng để nhập thông tin thi đua của các năm học trước (ví dụ 5–10 năm gần nhất).',
  'Mỗi loại thông tin một trang, tên trang như dưới đây. Trang không dùng có thể để trống hoặc xoá; trang có tên khác bị bỏ qua.',
  'Mỗi dòng một bản ghi, bắt đầu từ dòng 2. Giữ nguyên tên cột (có thể đổi thứ tự; không phân biệt hoa thường, có dấu hay không dấu).',
  'Năm học ghi dạng 2023-2024 (cũng nhận 2023 - 2024 và 2023-24). Ngày ghi dạng dd/mm/yyyy hoặc dùng ô ngày của Excel.',
  'Mã cán bộ phải có trong danh bạ cán bộ; tên tổ, tập thể phải có trong danh sách tập thể của trường.',
  `Tối đa ${MAX_HISTORY_ROWS.toLocaleString('vi-VN')} dòng dữ liệu mỗi tệp. Trước khi ghi, hệ thống hiển thị bản xem trước và các ô lỗi để sửa.`,
  `Cũng có thể dùng một tệp CSV (mã UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy) chứa mọi loại: cột đầu “${RECORD_TYPE_HEADER}” ` +
    'ghi tên trang của dòng (ví dụ Kỷ luật), tiếp theo là tất cả các cột của các trang; mỗi dòng chỉ dùng các cột của loại mình. ' +
    'Trong Excel chọn Lưu thành (Save As), kiểu “CSV UTF-8 (Comma delimited) (*.csv)”.',
];

const holderOf = (code: AwardCode) => (COLLECTIVE_ONLY_AWARDS.has(code) ? 'Tập thể' : INDIVIDUAL_ONLY_AWARDS.has(code) ? 'Cá nhân' : 'Cá nhân hoặc tập thể');

/** Adds the guide sheet; returns the absolute range of the award names, for the dropdown. */
export function addHistoryGuideSheet(workbook: Workbook): { awardListRef: string } {
  const guide = workbook.addWorksheet(GUIDE_SHEET_NAME);
  guide.columns = [{ width: 34 }, { width: 12 }, { width: 100 }];
  guide.addRow(['Hướng dẫn nhập lịch sử thi đua các năm học trước']).font = { bold: true, size: 14 };
  for (const line of INTRO) guide.addRow([line]);

  for (const spec of HISTORY_SHEETS) {
    guide.addRow([]);
    guide.addRow([`Trang “${spec.name}”`]).font = { bold: true, size: 12 };
    guide.addRow(['Cột', 'Bắt buộc', 'Giá trị hợp lệ']).font = { bold: true };
    for (const c of spec.columns) {
      guide.addRow([c.header, c.required ? 'Có' : 'Không', c.help]).alignment = { wrapText: true, vertical: 'top' };
    }
  }

  guide.addRow([]);
  guide.addRow(['Danh hiệu, hình thức khen thưởng']).font = { bold: true, size: 12 };
  guide.addRow(['Tên (ghi tên hoặc mã)', 'Mã', 'Dành cho']).font = { bold: true };
  const codes = Object.keys(AWARD_NAMES) as AwardCode[];
  const first = guide.rowCount + 1;
  for (const code of codes) guide.addRow([AWARD_NAMES[code], code, holderOf(code)]);
  return { awardListRef: `'${GUIDE_SHEET_NAME}'!$A$${first}:$A$${first + codes.length - 1}` };
}
