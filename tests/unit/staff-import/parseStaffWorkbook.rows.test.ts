import { TODAY } from '../../support/today.ts';
import { describe, expect, it } from 'vitest';
import { parseStaffWorkbook } from '../../../src/features/staff/import/parseStaffWorkbook.ts';
import { collectives, demoExisting, demoRows, setCell, staffWorkbook, type Cell } from '../../fixtures/staff/staffWorkbooks.ts';

const errorsOf = (result: Awaited<ReturnType<typeof parseStaffWorkbook>>) =>
  result.rows.filter((r) => r.status === 'error').map((r) => ({ rowNumber: r.rowNumber, errors: r.errors }));

describe('parsing staff rows', () => {
  it('reports exactly the three bad rows among 40 good ones, with column and message', async () => {
    const good = demoRows();
    const bad: Cell[][] = [
      setCell(setCell(good[0]!, 'Mã cán bộ', 'GV101'), 'Giới tính', 'Nam/Nữ'),
      setCell(setCell(good[1]!, 'Mã cán bộ', 'GV102'), 'Tổ', 'Tổ khối 9'),
      good[2]!, // same code as row 4 (GV003)
    ];
    const result = await parseStaffWorkbook(await staffWorkbook([...good, ...bad]), { collectives, existing: [], today: TODAY });
    expect(result.fileError).toBeUndefined();
    expect(result.counts).toEqual({ new: 40, update: 0, unchanged: 0, error: 3 });
    expect(errorsOf(result)).toEqual([
      { rowNumber: 42, errors: [{ column: 'Giới tính', message: 'Giới tính phải là Nam hoặc Nữ (đang là “Nam/Nữ”).' }] },
      { rowNumber: 43, errors: [{ column: 'Tổ', message: 'Không có tổ “Tổ khối 9” trong danh bạ của trường.' }] },
      { rowNumber: 44, errors: [{ column: 'Mã cán bộ', message: 'Mã cán bộ GV003 bị trùng với dòng 4.' }] },
    ]);
  });

  it('words the other cell errors for the person who typed them', async () => {
    const row = demoRows()[0]!;
    const rows = [
      setCell(row, 'Mã cán bộ', null),
      setCell(setCell(row, 'Mã cán bộ', 'GV 9'), 'Họ và tên', ''),
      setCell(setCell(row, 'Mã cán bộ', 'GV0123456789012345678'), 'Ngày sinh', '31/02/1990'),
      setCell(setCell(row, 'Mã cán bộ', 'X1'), 'Loại hợp đồng', 'Biên chế'),
      setCell(setCell(setCell(row, 'Mã cán bộ', 'X2'), 'Chức vụ', ' '), 'Trạng thái', 'Nghỉ hưu'),
    ];
    const result = await parseStaffWorkbook(await staffWorkbook(rows), { collectives, existing: [], today: TODAY });
    expect(errorsOf(result)).toEqual([
      { rowNumber: 2, errors: [{ column: 'Mã cán bộ', message: 'Thiếu mã cán bộ.' }] },
      {
        rowNumber: 3,
        errors: [
          { column: 'Mã cán bộ', message: 'Mã cán bộ chỉ gồm chữ, số, dấu - và _ (đang là “GV 9”).' },
          { column: 'Họ và tên', message: 'Thiếu họ và tên.' },
        ],
      },
      {
        rowNumber: 4,
        errors: [
          { column: 'Mã cán bộ', message: 'Mã cán bộ dài quá 20 ký tự.' },
          {
            column: 'Ngày sinh',
            message: 'Ngày sinh “31/02/1990” không hợp lệ. Ngày này không có trên lịch (ví dụ 31/02 hay 30/02): vui lòng kiểm tra lại ngày và tháng.',
          },
        ],
      },
      { rowNumber: 5, errors: [{ column: 'Loại hợp đồng', message: 'Loại hợp đồng phải là Viên chức hoặc Hợp đồng.' }] },
      {
        rowNumber: 6,
        errors: [
          { column: 'Chức vụ', message: 'Thiếu chức vụ.' },
          { column: 'Trạng thái', message: 'Trạng thái phải là Đang công tác hoặc Đã nghỉ (đang là “Nghỉ hưu”).' },
        ],
      },
    ]);
  });

  it('classifies rows as new, update (listing the changed fields) or unchanged against the directory', async () => {
    const existing = demoExisting();
    const [first, second, third] = demoRows() as [Cell[], Cell[], Cell[]];
    const rows = [first, setCell(setCell(second, 'Chức vụ', 'Hiệu trưởng'), 'Trạng thái', 'Đã nghỉ'), setCell(third, 'Mã cán bộ', 'GV999')];
    const result = await parseStaffWorkbook(await staffWorkbook(rows), { collectives, existing, today: TODAY });
    expect(result.counts).toEqual({ new: 1, update: 1, unchanged: 1, error: 0 });
    const [unchanged, update, created] = result.rows;
    expect(unchanged).toMatchObject({ status: 'unchanged', code: 'GV001', existingId: 'staff-GV001', changes: [] });
    expect(update).toMatchObject({ status: 'update', code: 'GV002', existingId: 'staff-GV002', changes: ['position', 'active'] });
    expect(update?.data).toMatchObject({ position: 'Hiệu trưởng', active: false });
    expect(created).toMatchObject({ status: 'new', code: 'GV999', fullName: 'Lê Thị Thu Hằng', collectiveName: 'Tổ văn phòng' });
    expect(created?.data).toEqual({
      code: 'GV999',
      fullName: 'Lê Thị Thu Hằng',
      gender: 'female',
      birthDate: new Date('1982-06-21T00:00:00Z'),
      position: 'Phó Hiệu trưởng',
      collectiveId: 'collective-vp',
      specialty: 'Giáo dục tiểu học',
      qualification: 'Đại học',
      joinedSectorOn: new Date('2004-09-01T00:00:00Z'),
      contractType: 'civil_servant',
      active: true,
    });
  });

  it('skips fully empty rows but keeps Excel row numbers', async () => {
    const [first, second] = demoRows() as [Cell[], Cell[]];
    const result = await parseStaffWorkbook(await staffWorkbook([first, [], [null, ' '], second]), { collectives, existing: [], today: TODAY });
    expect(result.rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [2, 'new'],
      [5, 'new'],
    ]);
  });
});
