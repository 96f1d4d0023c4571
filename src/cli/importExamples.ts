// npm run docs:examples — writes the import guide's worked example (docs/import-guide.md) into docs/examples/:
// can-bo.xlsx (staff sheet + collectives sheet "Tổ"), qua-trinh.xlsx (the history sheets + "Năm học đã đủ dữ liệu")
// and the same two as CSV. The files are committed; the acceptance test loads them into an empty database.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { APP_ROOT } from '../appRoot.ts';
import { writeCsv } from '../documents/csvWriter.ts';
import { runCli } from './runCli.ts';

type Table = { name: string; header: string[]; rows: string[][] };

export const STAFF_TABLES: Table[] = [
  {
    name: 'Danh sách cán bộ',
    header: ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Tổ', 'Chuyên môn', 'Trình độ', 'Ngày vào ngành', 'Loại hợp đồng', 'Trạng thái'],
    rows: [
      ['GV001', 'Nguyễn Thị Minh Anh', 'Nữ', '12/04/1985', 'Tổ trưởng', 'Tổ Toán - Tin', 'Toán', 'Thạc sĩ', '01/09/2008', 'Viên chức', 'Đang công tác'],
      ['GV002', 'Trần Văn Bình', 'Nam', '03/11/1990', 'Giáo viên', 'Tổ Toán - Tin', 'Tin học', 'Đại học', '01/09/2014', 'Viên chức', 'Đang công tác'],
      ['NV001', 'Lê Thị Cúc', 'Nữ', '20/01/1988', 'Kế toán', 'Tổ Văn phòng', 'Kế toán', 'Đại học', '15/08/2012', 'Hợp đồng', 'Đang công tác'],
    ],
  },
  {
    name: 'Tổ',
    header: ['Tên tổ', 'Loại tổ', 'Mã tổ trưởng'],
    rows: [
      ['Tổ Toán - Tin', 'Tổ chuyên môn', 'GV001'],
      ['Tổ Văn phòng', 'Tổ văn phòng', ''],
    ],
  },
];

export const HISTORY_TABLES: Table[] = [
  {
    name: 'Hồ sơ năm học',
    header: ['Mã cán bộ', 'Năm học', 'Xếp loại', 'Số tháng công tác', 'Số ngày nghỉ', 'Số ngày nghỉ thai sản', 'Tổ', 'Đã kiểm tra kỷ luật'],
    rows: [
      ['GV001', '2022-2023', 'HTTNV', '12', '0', '', 'Tổ Toán - Tin', 'Có'],
      ['GV001', '2023-2024', 'HTXSNV', '12', '2', '', 'Tổ Toán - Tin', 'Có'],
      ['GV001', '2024-2025', 'HTXSNV', '', '', '', 'Tổ Toán - Tin', 'Có'],
      ['GV002', '2024-2025', 'HTTNV', '12', '0', '', 'Tổ Toán - Tin', ''],
    ],
  },
  {
    name: 'Danh hiệu, khen thưởng',
    header: ['Mã cán bộ', 'Tập thể', 'Năm học', 'Danh hiệu/Hình thức', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành'],
    rows: [
      ['GV001', '', '2022-2023', 'LĐTT', '45/QĐ-THCS', '25/05/2023', 'Trường THCS Ví Dụ'],
      ['GV001', '', '2023-2024', 'LĐTT', '52/QĐ-THCS', '24/05/2024', 'Trường THCS Ví Dụ'],
      ['GV001', '', '2023-2024', 'CSTĐCS', '118/QĐ-UBND', '10/06/2024', 'UBND Quận Ví Dụ'],
    ],
  },
  { name: 'Kỷ luật', header: ['Mã cán bộ', 'Năm học', 'Hình thức kỷ luật', 'Ngày quyết định'], rows: [['GV002', '2021-2022', 'Khiển trách', '15/03/2022']] },
  {
    name: 'Sáng kiến',
    header: ['Năm học', 'Tên sáng kiến', 'Cấp công nhận', 'Xếp loại sáng kiến', 'Ngày công nhận', 'Mã tác giả', 'Tỉ lệ đóng góp (%)'],
    rows: [['2024-2025', 'Dạy học hình học 8 bằng phần mềm GeoGebra', 'Cơ sở', 'A', '20/04/2025', 'GV001', '']],
  },
  {
    name: 'Năm học đã đủ dữ liệu',
    header: ['Năm học', 'Hồ sơ đã đủ'],
    rows: [
      ['2021-2022', 'Kỷ luật'],
      ['2022-2023', 'Tất cả'],
      ['2023-2024', 'Tất cả'],
      ['2024-2025', 'Xếp loại, Danh hiệu, Sáng kiến, Đề tài'],
    ],
  },
];

/** One workbook with a sheet per table (every cell text, as a secretary types it). */
async function workbook(tables: Table[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.addWorksheet(t.name);
    ws.addRow(t.header).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 18));
  }
  // Fixed dates keep the committed bytes stable from one run to the next.
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The history tables as one CSV: "Loại bản ghi" then the union of the columns. */
function historyCsv(tables: Table[]): string {
  const header = ['Loại bản ghi', ...new Set(tables.flatMap((t) => t.header))];
  const rows = tables.flatMap((t) => t.rows.map((r) => header.map((h, i) => (i === 0 ? t.name : (r[t.header.indexOf(h)] ?? '')))));
  return writeCsv([header, ...rows], { bom: true });
}

async function main(): Promise<number> {
  const dir = path.join(APP_ROOT, 'docs/examples');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'can-bo.xlsx'), await workbook(STAFF_TABLES));
  writeFileSync(path.join(dir, 'qua-trinh.xlsx'), await workbook(HISTORY_TABLES));
  writeFileSync(path.join(dir, 'can-bo.csv'), writeCsv([STAFF_TABLES[0]!.header, ...STAFF_TABLES[0]!.rows], { bom: true }));
  writeFileSync(path.join(dir, 'to.csv'), writeCsv([STAFF_TABLES[1]!.header, ...STAFF_TABLES[1]!.rows], { bom: true }));
  writeFileSync(path.join(dir, 'qua-trinh.csv'), historyCsv(HISTORY_TABLES));
  console.log(`Đã ghi các tệp ví dụ vào ${dir}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) runCli(main);
