// Builds history files in code for the import tests: a directory of 40 staff and 6 collectives, a generator of
// a full file (every record type over several years), and writers for XLSX and CSV with any headers.
import ExcelJS, { type CellValue } from 'exceljs';
import type { HistoryContext } from '../../../src/features/history/historyTypes.ts';

export const STAFF_CODES = Array.from({ length: 40 }, (_, i) => `GV${String(i + 1).padStart(3, '0')}`);
export const COLLECTIVES = ['Tổ khối 1', 'Tổ khối 2', 'Tổ khối 3', 'Tổ khối 4', 'Tổ khối 5', 'Tổ văn phòng'];
export const ctx: HistoryContext = { staffCodes: STAFF_CODES, collectiveNames: COLLECTIVES };

/** The headers of each sheet, spelled as the brief defines them (not imported from the code under test). */
export const HEADERS: Record<string, string[]> = {
  'Hồ sơ năm học': ['Mã cán bộ', 'Năm học', 'Xếp loại', 'Số tháng công tác', 'Số ngày nghỉ', 'Số ngày nghỉ thai sản', 'Tổ', 'Đã kiểm tra kỷ luật'],
  'Danh hiệu, khen thưởng': ['Mã cán bộ', 'Tập thể', 'Năm học', 'Danh hiệu/Hình thức', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành'],
  'Kỷ luật': ['Mã cán bộ', 'Năm học', 'Hình thức kỷ luật', 'Ngày quyết định'],
  'Đang xem xét kỷ luật': ['Mã cán bộ', 'Loại xem xét', 'Từ ngày', 'Đến ngày'],
  'Sáng kiến': ['Năm học', 'Tên sáng kiến', 'Cấp công nhận', 'Xếp loại sáng kiến', 'Ngày công nhận', 'Mã tác giả', 'Tỉ lệ đóng góp (%)'],
  'Đề tài nghiên cứu': ['Mã cán bộ', 'Năm học', 'Tên đề tài', 'Đã nghiệm thu', 'Đã áp dụng'],
  'Tập thể': ['Tập thể', 'Năm học', 'Xếp loại'],
  'Năm học đã đủ dữ liệu': ['Năm học', 'Hồ sơ đã đủ'],
};

export type Cell = CellValue;
export type Sheets = Record<string, Cell[][]>;

/** Writes an .xlsx with one sheet per entry: `above` rows (a title…), header row (HEADERS unless given), then the rows. */
export async function historyWorkbook(sheets: Sheets, headers: Record<string, string[]> = HEADERS, above: Cell[][] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of above) sheet.addRow(row);
    sheet.addRow(headers[name] ?? HEADERS[name] ?? []);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (value: string, delimiter: string) => (/["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value);

/** Formats rows as CSV text (quoting only where needed), lines joined by CRLF. */
export function csvText(rows: string[][], delimiter = ','): string {
  return rows.map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** The union of all sheets' headers, after "Loại bản ghi", in sheet order. */
export const CSV_HEADERS = ['Loại bản ghi', ...new Set(Object.values(HEADERS).flat())];

/** The same sheets as one CSV: each row under the union header, "Loại bản ghi" first. Dates become dd/mm/yyyy. */
export function sheetsToCsvRows(sheets: Sheets): string[][] {
  const rows: string[][] = [CSV_HEADERS];
  for (const [name, sheetRows] of Object.entries(sheets)) {
    const headers = HEADERS[name] ?? [];
    for (const row of sheetRows) {
      const line = CSV_HEADERS.map(() => '');
      line[0] = name;
      headers.forEach((h, i) => {
        line[CSV_HEADERS.indexOf(h)] = show(row[i] ?? null);
      });
      rows.push(line);
    }
  }
  return rows;
}

function show(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10).split('-').reverse().join('/');
  if (typeof value === 'object') return JSON.stringify(value); // rich text, formulas: never written by these fixtures
  return String(value);
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const yearText = (y: number, i: number) => [`${y}-${y + 1}`, `${y} - ${y + 1}`, `${y}-${String(y + 1).slice(2)}`][i % 3]!;
const RATINGS = ['HTXSNV', 'Hoàn thành tốt nhiệm vụ', 'htnv', 'HTTNV'];

/**
 * A realistic file for `staff` people over `years` school years from 2019-2020, with every record type and a mix
 * of the accepted spellings. Valid throughout. Expected counts are returned alongside.
 */
export function fullHistory(staff = STAFF_CODES, years = 5): { sheets: Sheets; counts: Record<string, number> } {
  const sheetRows: Sheets = Object.fromEntries(Object.keys(HEADERS).map((k) => [k, []]));
  const push = (sheet: string, row: Cell[]) => sheetRows[sheet]!.push(row);
  for (let y = 2019; y < 2019 + years; y++) {
    staff.forEach((code, i) => {
      const team = COLLECTIVES[i % COLLECTIVES.length]!;
      push('Hồ sơ năm học', [code, yearText(y, i), RATINGS[i % 4]!, i % 7 === 0 ? '9,5' : 10, i % 5, i === 3 ? 180 : null, team, i % 2 ? 'Có' : null]);
      push('Danh hiệu, khen thưởng', [
        code,
        null,
        `${y}-${y + 1}`,
        i % 2 ? 'Lao động tiên tiến' : 'LDTT',
        `${100 + y}/QĐ-UBND`,
        utc(y + 1, 6, 15),
        'UBND Quận 1',
      ]);
      if (i % 4 === 0) push('Danh hiệu, khen thưởng', [code, null, `${y}-${y + 1}`, 'CSTĐCS', `${200 + y}/QĐ-UBND`, `20/06/${y + 1}`, 'UBND Quận 1']);
    });
    COLLECTIVES.forEach((team, t) => {
      push('Danh hiệu, khen thưởng', [null, team, `${y}-${y + 1}`, 'Tập thể lao động tiên tiến', `${300 + y}/QĐ-UBND`, `${y + 1}-06-25`, 'UBND Quận 1']);
      push('Tập thể', [team, `${y}-${y + 1}`, t % 2 ? 'HTXSNV' : 'HTTNV']);
    });
    for (let k = 0; k < 8; k++) {
      const [a, b] = [staff[(k * 2) % staff.length]!, staff[(k * 2 + 1) % staff.length]!];
      const title = `Sáng kiến số ${k + 1} năm ${y}, “dạy học tích cực”`;
      push('Sáng kiến', [`${y}-${y + 1}`, title, 'Cơ sở', 'A', utc(y + 1, 5, 10), a, 50]);
      push('Sáng kiến', [`${y}-${y + 1}`, title, 'cấp cơ sở', null, null, b, '50']);
    }
    for (let k = 0; k < 4; k++) push('Đề tài nghiên cứu', [staff[k]!, `${y}-${y + 1}`, `Đề tài ${k} năm ${y}`, 'Có', k % 2 ? 'Không' : null]);
  }
  push('Kỷ luật', [staff[5]!, '2020-2021', 'Khiển trách', '12/03/2021']);
  push('Kỷ luật', [staff[6]!, '2021-2022', 'Cảnh cáo', utc(2022, 1, 20)]);
  push('Đang xem xét kỷ luật', [staff[7]!, 'Kỷ luật', '01/09/2023', null]);
  push('Đang xem xét kỷ luật', [staff[8]!, 'Điều tra', '01/02/2023', '30/06/2023']);
  const n = staff.length;
  const quarter = Math.ceil(n / 4);
  const counts = {
    staffYears: n * years,
    awards: (n + quarter + COLLECTIVES.length) * years,
    disciplines: 2,
    pending: 2,
    initiatives: 8 * years,
    research: 4 * years,
    collectiveYears: COLLECTIVES.length * years,
    coverage: 0,
  };
  return { sheets: sheetRows, counts };
}
