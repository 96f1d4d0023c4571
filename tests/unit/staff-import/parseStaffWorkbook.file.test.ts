import { randomBytes } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { TODAY } from '../../support/today.ts';
import { describe, expect, it } from 'vitest';
import { parseStaffWorkbook } from '../../../src/features/staff/import/parseStaffWorkbook.ts';
import { collectives, demoRows, HEADERS, staffWorkbook, type Cell } from '../../fixtures/staff/staffWorkbooks.ts';

const ctx = { collectives, existing: [], today: TODAY };
const noRows = { rows: [], counts: { new: 0, update: 0, unchanged: 0, error: 0 } };
const NOT_XLSX = 'Tệp không phải là bảng tính Excel (.xlsx). Vui lòng dùng tệp mẫu.';

describe('parsing a staff file that is not a usable workbook', () => {
  it('answers a 5 MB random file renamed .xlsx with a file error, not an exception', async () => {
    const buffer = randomBytes(5 * 1024 * 1024);
    buffer[0] = 0x00; // never the "PK" signature by chance
    expect(await parseStaffWorkbook(buffer, ctx)).toEqual({ fileError: NOT_XLSX, ...noRows });
  });

  it('answers a corrupt ZIP (right signature, garbage after) with a file error', async () => {
    const buffer = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(5 * 1024 * 1024)]);
    const result = await parseStaffWorkbook(buffer, ctx);
    expect(result).toEqual({ fileError: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Vui lòng dùng tệp mẫu.', ...noRows });
  });

  it('answers a ZIP that is not a spreadsheet (a Word document) with the not-Excel error', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Danh sách cán bộ')] }] }));
    expect(await parseStaffWorkbook(Buffer.from(docx), ctx)).toEqual({ fileError: NOT_XLSX, ...noRows });
  });

  it('names the required columns a workbook lacks', async () => {
    const headers = HEADERS.filter((h) => h !== 'Giới tính' && h !== 'Loại hợp đồng');
    const result = await parseStaffWorkbook(await staffWorkbook([], { headers }), ctx);
    expect(result.fileError).toBe('Không tìm thấy trang tính có đủ các cột bắt buộc. Thiếu cột: “Giới tính”, “Loại hợp đồng”. Vui lòng dùng tệp mẫu.');
  });

  it('refuses more than 5,000 data rows, saying how many there are', async () => {
    const row = demoRows()[0]!;
    const rows: Cell[][] = Array.from({ length: 5001 }, (_, i) => [`GV${i}`, ...row.slice(1)]);
    const result = await parseStaffWorkbook(await staffWorkbook(rows), ctx);
    expect(result).toEqual({ fileError: 'Tệp có 5.001 dòng dữ liệu, quá giới hạn 5.000 dòng. Vui lòng chia thành nhiều tệp.', ...noRows });
  });
});

describe('finding the staff table', () => {
  it('matches headers by name, ignoring diacritics, case, spacing and order, below a title and after other sheets', async () => {
    const headers = [
      'trang thai',
      'LOẠI HỢP ĐỒNG',
      'ngay vao nganh',
      ' Trình  độ ',
      'chuyen mon',
      'to',
      'chức vụ',
      'NGAY SINH',
      'gioi tinh',
      'Họ và tên (*)',
      'ma can bo',
    ];
    const row = [...demoRows()[0]!].reverse();
    const buffer = await staffWorkbook([row], {
      headers,
      above: [['DANH SÁCH CÁN BỘ NĂM HỌC 2024-2025'], []],
      otherSheets: [{ name: 'Ghi chú', rows: [['Mã cán bộ'], ['Họ và tên']] }],
    });
    const result = await parseStaffWorkbook(buffer, ctx);
    expect(result.fileError).toBeUndefined();
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ rowNumber: 4, status: 'new', code: 'GV001', fullName: 'Nguyễn Thúy Hà', errors: [] });
    expect(result.rows[0]?.data).toMatchObject({ gender: 'female', collectiveId: 'collective-vp', contractType: 'civil_servant', active: true });
  });
});
