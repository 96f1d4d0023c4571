import { describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '../../../src/features/history/import/parseHistoryCsv.ts';
import { parseHistoryWorkbook } from '../../../src/features/history/import/parseHistoryWorkbook.ts';
import { CSV_HEADERS, csvText, ctx, fullHistory, historyWorkbook, sheetsToCsvRows } from './historyFixtures.ts';

const NOT_UTF8 =
  'Tệp CSV không được lưu bằng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel, chọn Lưu thành (Save As), ' +
  'kiểu tệp “CSV UTF-8 (Comma delimited) (*.csv)”, rồi tải lên lại.';

/** One CSV line for `type` with the given columns filled, the rest empty. */
function line(type: string, values: Record<string, string>): string[] {
  return CSV_HEADERS.map((h, i) => (i === 0 ? type : (values[h] ?? '')));
}

describe('importing a history CSV', () => {
  it('reads the same records as the equivalent workbook, with “;” and with “,”, with and without BOM', async () => {
    const { sheets, counts } = fullHistory();
    const fromXlsx = await parseHistoryWorkbook(await historyWorkbook(sheets), ctx);
    for (const [delimiter, bom] of [
      [';', ''],
      [',', '\uFEFF'],
    ] as const) {
      const result = parseHistoryCsv(Buffer.from(bom + csvText(sheetsToCsvRows(sheets), delimiter), 'utf8'), ctx);
      expect(result.errors).toEqual([]);
      expect(result.counts).toEqual(counts);
      expect(result.content).toEqual(fromXlsx.content);
    }
  });

  it('keeps commas, semicolons, line breaks and doubled quotes inside quoted fields, counting lines as the file shows them', () => {
    const title = 'Dạy "đọc hiểu", viết; và\r\nkể chuyện';
    const text = csvText(
      [
        CSV_HEADERS,
        line('Sáng kiến', { 'Năm học': '2023-2024', 'Tên sáng kiến': title, 'Cấp công nhận': 'Cơ sở', 'Mã tác giả': 'GV001', 'Tỉ lệ đóng góp (%)': '50' }),
        line('sang kien', { 'Năm học': '2023-2024', 'Tên sáng kiến': title, 'Cấp công nhận': 'Cơ sở', 'Mã tác giả': 'GV002', 'Tỉ lệ đóng góp (%)': '50,5' }),
        line('Kỷ luật', { 'Mã cán bộ': 'GV404', 'Năm học': '2023-2024', 'Hình thức kỷ luật': 'Cảnh cáo', 'Ngày quyết định': '2024-01-05' }),
      ],
      ';',
    );
    expect(text).toContain('"Dạy ""đọc hiểu"", viết; và\r\nkể chuyện"');
    const result = parseHistoryCsv(Buffer.from(text, 'utf8'), ctx);
    expect(result.errors).toEqual([
      {
        sheet: 'Sáng kiến',
        row: 4,
        column: 'Tỉ lệ đóng góp (%)',
        message: 'Tổng tỉ lệ đóng góp của sáng kiến “Dạy "đọc hiểu", viết; và kể chuyện” là 100,5%, vượt quá 100%.',
      },
      { sheet: 'Kỷ luật', row: 6, column: 'Mã cán bộ', message: 'Không có cán bộ mã “GV404” trong danh bạ.' },
    ]);
  });

  it('merges the authors of one initiative across CSV lines', () => {
    const text = csvText([
      CSV_HEADERS,
      line('Sáng kiến', {
        'Năm học': '2022-2023',
        'Tên sáng kiến': 'Góc đọc sách, thư viện xanh',
        'Cấp công nhận': 'Thành phố',
        'Xếp loại sáng kiến': 'B',
        'Mã tác giả': 'GV005',
        'Tỉ lệ đóng góp (%)': '70',
      }),
      line('Sáng kiến', {
        'Năm học': '2022-23',
        'Tên sáng kiến': 'Góc đọc sách, thư viện xanh',
        'Cấp công nhận': 'Thành phố',
        'Mã tác giả': 'GV006',
        'Tỉ lệ đóng góp (%)': '30',
      }),
    ]);
    expect(parseHistoryCsv(Buffer.from(text), ctx).content.initiatives).toEqual([
      {
        year: 2022,
        title: 'Góc đọc sách, thư viện xanh',
        level: 'thanh_pho',
        grade: 'B',
        recognisedOn: null,
        authors: [
          { staffCode: 'GV005', sharePct: 70 },
          { staffCode: 'GV006', sharePct: 30 },
        ],
      },
    ]);
  });

  it('flags an unknown record type on its line and still reads the other lines', () => {
    const text = csvText([
      CSV_HEADERS,
      line('Khen thưởng', { 'Mã cán bộ': 'GV001' }),
      line('Tập thể', { 'Tập thể': 'Tổ khối 3', 'Năm học': '2021-2022', 'Xếp loại': 'Hoàn thành xuất sắc nhiệm vụ' }),
      line('', {}),
    ]);
    const result = parseHistoryCsv(Buffer.from(text), ctx);
    expect(result.errors).toEqual([
      {
        sheet: 'Khen thưởng',
        row: 2,
        column: 'Loại bản ghi',
        message:
          'Loại bản ghi “Khen thưởng” không hợp lệ: ghi một trong “Hồ sơ năm học”, “Danh hiệu, khen thưởng”, “Kỷ luật”, “Đang xem xét kỷ luật”, “Sáng kiến”, “Đề tài nghiên cứu”, “Tập thể”, “Năm học đã đủ dữ liệu”.',
      },
    ]);
    expect(result.content.collectiveYears).toEqual([{ collectiveName: 'Tổ khối 3', year: 2021, rating: 'HTXSNV' }]);
  });

  it('asks for “CSV UTF-8” when the file is in a legacy code page', () => {
    // A legacy code page (here Latin-1) writes Vietnamese letters as single high bytes, which are not valid UTF-8.
    const latin1 = Buffer.from(`Loại bản ghi,Tập thể\r\nTập thể,Tổ khối 1\r\n`, 'latin1');
    expect(parseHistoryCsv(latin1, ctx)).toEqual({
      fileError: NOT_UTF8,
      content: { staffYears: [], awards: [], disciplines: [], pending: [], initiatives: [], research: [], collectiveYears: [], coverage: [] },
      errors: [],
      counts: { staffYears: 0, awards: 0, disciplines: 0, pending: 0, initiatives: 0, research: 0, collectiveYears: 0, coverage: 0 },
    });
    expect(parseHistoryCsv(Buffer.from('Loại bản ghi\r\nT\uFFFDp th\uFFFD\r\n'), ctx).fileError).toBe(NOT_UTF8);
  });

  it('answers a CSV without the “Loại bản ghi” header or with an unclosed quote with a file error', () => {
    expect(parseHistoryCsv(Buffer.from('Mã cán bộ;Năm học\r\nGV001;2023-2024\r\n'), ctx).fileError).toBe(
      'Tệp CSV thiếu dòng tiêu đề có cột “Loại bản ghi”. Vui lòng dùng tệp mẫu.',
    );
    expect(parseHistoryCsv(Buffer.from('Loại bản ghi,Tập thể\r\nTập thể,"Tổ khối 1\r\n'), ctx).fileError).toBe(
      'Tệp CSV có dấu ngoặc kép (") mở ở dòng 2 mà không đóng.',
    );
  });

  it('refuses more than 50,000 data lines, saying how many there are', () => {
    const row = 'Tập thể,Tổ khối 1,2020-2021\r\n';
    const text = `Loại bản ghi,Tập thể,Năm học\r\n${row.repeat(50_001)}`;
    expect(parseHistoryCsv(Buffer.from(text), ctx).fileError).toBe('Tệp có 50.001 dòng dữ liệu, quá giới hạn 50.000 dòng. Vui lòng chia thành nhiều tệp.');
  });
});
