// Issue 11 §8: the staff import's collectives sheet ("Tổ") and CSV files, through the one parser the browser and
// `npm run staff:import` share.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseStaffFile } from '../../../src/features/staff/import/parseStaffFile.ts';
import { TODAY } from '../../support/today.ts';

const STAFF = ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Tổ', 'Loại hợp đồng'];
const existing = { id: 'c-van-phong', name: 'Tổ Văn phòng', kind: 'office' as const, leaderStaffId: null };
const ctx = { collectives: [existing], existing: [], today: TODAY };

async function workbook(sheets: Record<string, string[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a staff workbook with a collectives sheet', () => {
  it('creates the tổ first, so staff rows may name it and its leader may be a new person of the same file', async () => {
    const result = await parseStaffFile(
      await workbook({
        'Danh sách cán bộ': [STAFF, ['GV001', 'Nguyễn Thị An', 'Nữ', 'Tổ trưởng', 'Tổ Toán', 'Viên chức']],
        Tổ: [
          ['Tên tổ', 'Loại tổ', 'Mã tổ trưởng'],
          ['Tổ Toán', 'Tổ khối', 'GV001'],
          ['to van phong', 'Tổ văn phòng', ''],
        ],
      }),
      ctx,
    );
    expect(result.fileError).toBeUndefined();
    expect(result.collectives!.rows.map((r) => [r.name, r.status, r.kind, r.leaderCode])).toEqual([
      ['Tổ Toán', 'new', 'grade_group', 'GV001'],
      ['Tổ Văn phòng', 'unchanged', 'office', null], // matched ignoring case and diacritics; no leader before or after
    ]);
    expect(result.rows[0]).toMatchObject({ status: 'new', collectiveName: 'Tổ Toán', data: { collectiveId: 'new:Tổ Toán' } });
  });

  it('names each bad cell of the collectives sheet', async () => {
    const result = await parseStaffFile(
      await workbook({
        Tổ: [
          ['Tên tổ', 'Loại tổ', 'Mã tổ trưởng'],
          ['Tổ Văn', 'Tổ bay', ''],
          ['Tổ Sử', '', 'KHONGCO'],
          ['tổ văn', '', ''],
        ],
      }),
      ctx,
    );
    expect(result.staffSheet).toBeUndefined(); // a collectives-only workbook is fine
    expect(result.collectives!.rows.flatMap((r) => r.errors.map((e) => `${r.rowNumber} ${e.column}: ${e.message}`))).toEqual([
      '2 Loại tổ: Loại tổ phải là Tổ chuyên môn, Tổ văn phòng hoặc Toàn trường (đang là “Tổ bay”).',
      '3 Mã tổ trưởng: Không có cán bộ mã “KHONGCO” trong danh bạ hoặc trong trang cán bộ của tệp.',
      '4 Tên tổ: Tổ “tổ văn” bị trùng với dòng 2.',
    ]);
  });
});

describe('a staff CSV', () => {
  it('reads the staff table with the same checks as a workbook', async () => {
    const csv = `\uFEFF${STAFF.join(';')}\r\nGV001;Nguyễn Thị An;Nữ;Giáo viên;Tổ Văn phòng;Viên chức\r\nGV002;Lê Văn Bình;X;Giáo viên;;Viên chức\r\n`;
    const result = await parseStaffFile(Buffer.from(csv), ctx);
    expect(result.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 1 });
    expect(result.rows[1]!.errors).toEqual([{ column: 'Giới tính', message: 'Giới tính phải là Nam hoặc Nữ (đang là “X”).' }]);
  });

  it('reads a collectives-only CSV', async () => {
    const result = await parseStaffFile(Buffer.from('Tên tổ,Loại tổ\r\nTổ Hoá,Tổ chuyên môn\r\n'), ctx);
    expect(result.collectives!.rows).toMatchObject([{ rowNumber: 2, name: 'Tổ Hoá', status: 'new', kind: 'grade_group' }]);
  });
});
