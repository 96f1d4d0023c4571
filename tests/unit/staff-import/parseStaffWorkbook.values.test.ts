import { TODAY } from '../../support/today.ts';
import { describe, expect, it } from 'vitest';
import { parseStaffWorkbook } from '../../../src/features/staff/import/parseStaffWorkbook.ts';
import { collectives, demoExisting, demoRows, HEADERS, setCell, staffWorkbook, type Cell } from '../../fixtures/staff/staffWorkbooks.ts';

const FORMAT = 'Ngày phải ghi dạng dd/mm/yyyy, ví dụ 05/09/2024.';
const IMPOSSIBLE = 'Ngày này không có trên lịch (ví dụ 31/02 hay 30/02): vui lòng kiểm tra lại ngày và tháng.';
const OUT_OF_RANGE = 'Năm phải từ 1900 đến 2200 (ngày từ 01/01/1900 đến 31/12/2200).';
const base = demoRows()[0]!;

async function parseOne(row: Cell[], options: { headers?: string[]; existing?: ReturnType<typeof demoExisting> } = {}) {
  const result = await parseStaffWorkbook(await staffWorkbook([row], { headers: options.headers }), {
    collectives,
    existing: options.existing ?? [],
    today: TODAY,
  });
  expect(result.rows).toHaveLength(1);
  return result.rows[0]!;
}

describe('normalising staff values', () => {
  it.each<[string, Cell, string]>([
    ['an Excel date cell', new Date('1990-05-07T00:00:00Z'), '1990-05-07'],
    ['an Excel date written at local midnight in UTC+7', new Date('1990-05-06T17:00:00Z'), '1990-05-07'],
    ['an Excel date written at local midnight in UTC-5', new Date('1990-05-07T05:00:00Z'), '1990-05-07'],
    ['dd/mm/yyyy text', '07/05/1990', '1990-05-07'],
    ['d/m/yyyy text', '7/5/1990', '1990-05-07'],
    ['dd-mm-yyyy text', '07-05-1990', '1990-05-07'],
    ['a bare Excel serial number', 33000, '1990-05-07'],
  ])('reads the birth date from %s as a UTC-midnight date', async (_, cell, iso) => {
    const row = await parseOne(setCell(base, 'Ngày sinh', cell));
    expect(row.errors).toEqual([]);
    expect(row.data.birthDate).toEqual(new Date(`${iso}T00:00:00Z`));
  });

  it.each<[Cell, string, string]>([
    ['1990', '1990', FORMAT],
    [1990, '1990', FORMAT],
    ['31/02/1990', '31/02/1990', IMPOSSIBLE],
    ['1990/05/07', '1990/05/07', FORMAT],
    ['07/05/0990', '07/05/0990', OUT_OF_RANGE],
    ['01/01/0000', '01/01/0000', OUT_OF_RANGE],
    ['0099-06-15', '0099-06-15', OUT_OF_RANGE],
  ])('rejects the date %j', async (cell, shown, why) => {
    const row = await parseOne(setCell(base, 'Ngày vào ngành', cell));
    expect(row.errors).toEqual([{ column: 'Ngày vào ngành', message: `Ngày vào ngành “${shown}” không hợp lệ. ${why}` }]);
  });

  it.each<[Cell, string]>([
    ['01/01/9999', 'Năm phải từ 1900 đến 2200 (ngày từ 01/01/1900 đến 31/12/2200).'],
    ['27/11/2026', 'Ngày sinh không thể ở sau ngày hôm nay.'],
    ['01/01/2020', 'Ngày sinh phải cho tuổi từ 15 đến 100.'],
    [new Date(Date.UTC(1901, 0, 1)), 'Ngày sinh phải cho tuổi từ 15 đến 100.'],
  ])('rejects the birth date %j', async (cell, why) => {
    const row = await parseOne(setCell(base, 'Ngày sinh', cell));
    expect(row.errors[0]?.message).toContain(why);
  });

  it('stores text in NFC, trimmed and single-spaced', async () => {
    const decomposed = '  Nguye\u0302\u0303n   Thu\u0301y Ha\u0300 ';
    const row = await parseOne(setCell(setCell(base, 'Họ và tên', decomposed), 'Chuyên môn', 'Gia\u0301o du\u0323c  tie\u0302\u0309u ho\u0323c'));
    expect(row.fullName).toBe('Nguyễn Thúy Hà');
    expect(row.data.fullName).toBe('Nguyễn Thúy Hà');
    expect(row.data.specialty).toBe('Giáo dục tiểu học');
    expect(row.data.fullName).toBe(row.data.fullName!.normalize('NFC'));
  });

  it('accepts case- and diacritic-insensitive choices and collective names', async () => {
    const row = await parseOne(
      setCell(setCell(setCell(setCell(base, 'Giới tính', 'nu'), 'Loại hợp đồng', 'HỢP ĐỒNG'), 'Trạng thái', 'da nghi'), 'Tổ', 'to  KHOI 1'),
    );
    expect(row.errors).toEqual([]);
    expect(row.data).toMatchObject({ gender: 'female', contractType: 'contract', active: false, collectiveId: 'collective-k1' });
    expect(row.collectiveName).toBe('Tổ khối 1');
    expect((await parseOne(setCell(base, 'Giới tính', 'NỮ'))).data.gender).toBe('female');
    expect((await parseOne(setCell(base, 'Giới tính', 'Nam'))).data.gender).toBe('male');
  });

  it('clears optional fields left empty and makes new staff active by default', async () => {
    const row = await parseOne(setCell(setCell(setCell(setCell(base, 'Tổ', ''), 'Ngày sinh', null), 'Trình độ', ' '), 'Trạng thái', null));
    expect(row.data).toMatchObject({ collectiveId: null, birthDate: null, qualification: null, active: true });
  });

  it('keeps an existing leaver’s status when the status cell is empty', async () => {
    const existing = demoExisting().map((s) => (s.code === 'GV001' ? { ...s, active: false } : s));
    const row = await parseOne(setCell(base, 'Trạng thái', null), { existing });
    expect(row).toMatchObject({ status: 'unchanged', data: { active: false } });
  });

  it('keeps existing values of optional columns missing from the file', async () => {
    const keep = ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Loại hợp đồng'];
    const headers = HEADERS.filter((h) => keep.includes(h));
    const cells = HEADERS.map((h, i) => (keep.includes(h) ? base[i]! : undefined)).filter((v) => v !== undefined);
    const existing = demoExisting();
    expect(await parseOne(cells, { headers, existing })).toMatchObject({ status: 'unchanged', changes: [] });
    const created = await parseOne(setCell(cells, 'Mã cán bộ', 'GV900'), { headers, existing });
    expect(created).toMatchObject({ status: 'new', data: { birthDate: null, collectiveId: null, specialty: null, active: true } });
  });

  it('reads codes typed as numbers and values behind formulas or rich text', async () => {
    expect(await parseOne(setCell(base, 'Mã cán bộ', 1024))).toMatchObject({ status: 'new', code: '1024' });
    let row = setCell(base, 'Mã cán bộ', { formula: 'UPPER("gv500")', result: 'GV500' });
    row = setCell(row, 'Họ và tên', { richText: [{ text: 'Nguyễn ' }, { text: 'Thúy Hà', font: { bold: true } }] });
    row = setCell(row, 'Tổ', { text: 'Tổ khối 2', hyperlink: 'https://example.org/to-khoi-2' });
    const parsed = await parseOne(row);
    expect(parsed).toMatchObject({ status: 'new', code: 'GV500', fullName: 'Nguyễn Thúy Hà', collectiveName: 'Tổ khối 2', errors: [] });
  });
});
