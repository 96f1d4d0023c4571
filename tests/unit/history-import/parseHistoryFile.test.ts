import { randomBytes } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseHistoryFile } from '../../../src/features/history/import/parseHistoryFile.ts';
import { parseHistoryWorkbook } from '../../../src/features/history/import/parseHistoryWorkbook.ts';
import { csvText, ctx, historyWorkbook } from './historyFixtures.ts';

const NOT_XLSX = 'Tệp không phải là bảng tính Excel (.xlsx). Vui lòng dùng tệp mẫu.';
const emptyResult = {
  content: { staffYears: [], awards: [], disciplines: [], pending: [], initiatives: [], research: [], collectiveYears: [], coverage: [] },
  errors: [],
  counts: { staffYears: 0, awards: 0, disciplines: 0, pending: 0, initiatives: 0, research: 0, collectiveYears: 0, coverage: 0 },
};
const collectiveRow = [['Tổ khối 1', '2020-2021', 'HTTNV']];

describe('choosing how to read an uploaded history file', () => {
  it('answers a 1 MB random file named .xlsx with a file error, not an exception', async () => {
    const buffer = randomBytes(1024 * 1024);
    buffer[0] = 0x00; // never the "PK" signature by chance
    expect(await parseHistoryFile(buffer, 'lich-su.xlsx', ctx)).toEqual({ fileError: NOT_XLSX, ...emptyResult });
    expect(await parseHistoryWorkbook(buffer, ctx)).toEqual({ fileError: NOT_XLSX, ...emptyResult });
  });

  it('answers a corrupt ZIP, a Word document and an old .xls with file errors', async () => {
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(1024 * 1024)]);
    expect((await parseHistoryFile(corrupt, 'a.xlsx', ctx)).fileError).toBe(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Vui lòng dùng tệp mẫu.',
    );
    const docx = Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kỷ luật')] }] })));
    expect((await parseHistoryFile(docx, 'a.xlsx', ctx)).fileError).toBe(NOT_XLSX);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(1024)]);
    expect((await parseHistoryFile(xls, 'a.xls', ctx)).fileError).toBe(
      'Tệp là bảng tính Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng “Excel Workbook (*.xlsx)”.',
    );
  });

  it('names the expected sheets when a workbook has none of them', async () => {
    const result = await parseHistoryFile(await historyWorkbook({ Sheet1: [['x']] }), 'a.xlsx', ctx);
    expect(result.fileError).toBe(
      'Không tìm thấy trang nào của mẫu nhập lịch sử. Tên trang phải là một trong: “Hồ sơ năm học”, “Danh hiệu, khen thưởng”, ' +
        '“Kỷ luật”, “Đang xem xét kỷ luật”, “Sáng kiến”, “Đề tài nghiên cứu”, “Tập thể”, “Năm học đã đủ dữ liệu”.',
    );
  });

  it('reads by content: a workbook whatever its name, a CSV by name or by its header', async () => {
    const workbook = await historyWorkbook({ 'Tập thể': collectiveRow });
    expect((await parseHistoryFile(workbook, 'lich-su.csv', ctx)).counts.collectiveYears).toBe(1);
    const csv = Buffer.from(
      csvText(
        [
          ['Loại bản ghi', 'Tập thể', 'Năm học'],
          ['Tập thể', 'Tổ khối 1', '2020-2021'],
        ],
        ';',
      ),
    );
    expect((await parseHistoryFile(csv, 'LICH-SU.CSV', ctx)).counts.collectiveYears).toBe(1);
    expect((await parseHistoryFile(csv, 'tai-ve', ctx)).counts.collectiveYears).toBe(1);
    expect((await parseHistoryFile(Buffer.from('%PDF-1.7 ...'), 'ho-so.pdf', ctx)).fileError).toBe(
      'Tệp phải là bảng tính Excel (.xlsx) hoặc tệp CSV mã UTF-8. Vui lòng dùng tệp mẫu.',
    );
  });

  it('refuses more than 50,000 data rows in a workbook', async () => {
    const rows = Array.from({ length: 50_001 }, (_, i) => [`GV${i}`, '2020-2021']);
    const result = await parseHistoryWorkbook(await historyWorkbook({ 'Hồ sơ năm học': rows }), ctx);
    expect(result).toEqual({ fileError: 'Tệp có 50.001 dòng dữ liệu, quá giới hạn 50.000 dòng. Vui lòng chia thành nhiều tệp.', ...emptyResult });
  }, 60_000);
});
