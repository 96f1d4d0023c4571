// The blank import template: an empty staff sheet plus a "Hướng dẫn" sheet that explains every column and
// lists the school's collectives (the source of the "Tổ" dropdown).
import ExcelJS from 'exceljs';
import { addStaffSheet } from './addStaffSheet.ts';
import { STAFF_COLUMNS } from './staffColumns.ts';

export const GUIDE_SHEET_NAME = 'Hướng dẫn';

const INTRO = [
  'Mỗi cán bộ một dòng ở trang “Danh sách cán bộ”, bắt đầu từ dòng 2. Giữ nguyên tên các cột (có thể đổi thứ tự).',
  'Cán bộ có mã đã có trong danh bạ sẽ được cập nhật; mã mới sẽ được thêm.',
  'Ô trống ở cột không bắt buộc sẽ xoá giá trị cũ (trừ cột Trạng thái); cột bỏ hẳn khỏi tệp thì giữ nguyên giá trị cũ.',
  'Trước khi ghi, hệ thống hiển thị bản xem trước với các dòng lỗi để sửa.',
];

/** Builds the .xlsx template for importing staff, with dropdowns and a guide sheet listing `collectiveNames`. */
export async function buildStaffTemplate(collectiveNames: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Row of the first collective name on the guide sheet: title, intro, blank, table header, columns, blank, heading.
  const listStart = INTRO.length + STAFF_COLUMNS.length + 6;
  const listRef = collectiveNames.length > 0 ? `'${GUIDE_SHEET_NAME}'!$A$${listStart}:$A$${listStart + collectiveNames.length - 1}` : undefined;
  // The staff sheet comes first so that it is the one Excel opens.
  addStaffSheet(workbook, { collectiveListRef: listRef });

  const guide = workbook.addWorksheet(GUIDE_SHEET_NAME);

  guide.columns = [{ width: 22 }, { width: 12 }, { width: 90 }];
  guide.addRow(['Hướng dẫn nhập danh sách cán bộ']).font = { bold: true, size: 14 };
  for (const line of INTRO) guide.addRow([line]);
  guide.addRow([]);
  guide.addRow(['Cột', 'Bắt buộc', 'Giá trị hợp lệ']).font = { bold: true };
  for (const c of STAFF_COLUMNS) guide.addRow([c.header, c.required ? 'Có' : 'Không', c.help]).alignment = { wrapText: true, vertical: 'top' };
  guide.addRow([]);
  guide.addRow(['Danh sách tổ của trường']).font = { bold: true };
  if (collectiveNames.length === 0) guide.addRow(['(Trường chưa có tổ nào: để trống cột “Tổ”.)']);
  for (const name of collectiveNames) guide.addRow([name]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
