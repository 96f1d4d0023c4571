// THE HISTORY IMPORT FORMAT (past school years' facts, so a school can start with its last 5–10 years).
//
// XLSX: one sheet per record type; sheet names and headers are matched ignoring diacritics, case and order;
// unknown sheets are ignored and a missing sheet means "nothing of that type". Columns (* = required):
//   1. "Hồ sơ năm học": Mã cán bộ* | Năm học* | Xếp loại | Số tháng công tác | Số ngày nghỉ | Số ngày nghỉ thai sản |
//      Tổ | Đã kiểm tra kỷ luật (Có/Không, empty = not checked). One row per (staff, year).
//   2. "Danh hiệu, khen thưởng": Mã cán bộ | Tập thể (exactly one of the two) | Năm học* | Danh hiệu/Hình thức*
//      (code or Vietnamese name) | Số quyết định* | Ngày quyết định* | Cơ quan ban hành*.
//   3. "Kỷ luật": Mã cán bộ* | Năm học* | Hình thức* (Khiển trách…Buộc thôi việc) | Ngày quyết định*
//   4. "Đang xem xét kỷ luật": Mã cán bộ* | Loại* (Kỷ luật/Điều tra) | Từ ngày* | Đến ngày (empty: still open)
//   5. "Sáng kiến": Năm học* | Tên sáng kiến* | Cấp công nhận* | Xếp loại | Ngày công nhận | Mã tác giả* |
//      Tỉ lệ đóng góp (%) — one row per author; rows with the same (year, title) are one initiative (shares ≤ 100).
//   6. "Đề tài nghiên cứu": Mã cán bộ* | Năm học* | Tên đề tài* | Đã nghiệm thu* (Có/Không) | Đã áp dụng (Có/Không/empty)
//   7. "Tập thể": Tập thể* | Năm học* | Xếp loại
// Years "2023-2024" (also "2023 - 2024", "2023-24"); dates dd/mm/yyyy, yyyy-mm-dd or Excel dates, 1950–2100;
// staff codes and collective names must be in the directory. At most 50,000 data rows per file.
//
// CSV: one UTF-8 file (BOM optional; "," or ";" separated) holding every type: first column "Loại bản ghi" with
// the sheet name of the row's type, then the union of all the columns above by header; a row uses only its
// type's columns. Error rows are CSV line numbers.
import type { HistoryContext, HistoryParseResult } from '../historyTypes.ts';
import { headerKey } from '../../staff/import/staffColumns.ts';
import { RECORD_TYPE_HEADER } from './historyColumns.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import { historyFileFailure, looksLikeOldExcel, looksLikeZip } from './historyResult.ts';
import { parseHistoryCsv } from './parseHistoryCsv.ts';
import { parseHistoryWorkbook } from './parseHistoryWorkbook.ts';

/** Whether the start of the file reads as text with the CSV's "Loại bản ghi" header. */
function looksLikeHistoryCsv(buffer: Buffer): boolean {
  const start = buffer.subarray(0, 4096).toString('utf8');
  return headerKey(
    start
      .split(/\r\n|\n|\r/)
      .slice(0, 10)
      .join(' '),
  ).includes(headerKey(RECORD_TYPE_HEADER));
}

/** Parses an uploaded history file, XLSX or CSV, chosen by its content (the name only helps for CSV); never throws. */
export async function parseHistoryFile(buffer: Buffer, fileName: string, ctx: HistoryContext): Promise<HistoryParseResult> {
  if (looksLikeZip(buffer) || looksLikeOldExcel(buffer)) return parseHistoryWorkbook(buffer, ctx);
  if (/\.csv$/i.test(fileName.trim()) || looksLikeHistoryCsv(buffer)) return parseHistoryCsv(buffer, ctx);
  return historyFileFailure(/\.xlsx?$/i.test(fileName.trim()) ? M.notXlsx : M.unknownFormat);
}
