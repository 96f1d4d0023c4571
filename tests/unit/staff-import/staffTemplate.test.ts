import ExcelJS from 'exceljs';
import { TODAY } from '../../support/today.ts';
import { describe, expect, it } from 'vitest';
import { buildStaffTemplate } from '../../../src/features/staff/import/buildStaffTemplate.ts';
import { parseStaffWorkbook } from '../../../src/features/staff/import/parseStaffWorkbook.ts';
import { HEADERS } from '../../fixtures/staff/staffWorkbooks.ts';

type WithValidations = { dataValidations: { model: Record<string, { type: string; formulae?: string[] } | undefined> } };

async function openTemplate(names: string[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildStaffTemplate(names)) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('staff import template', () => {
  it('opens with the staff sheet first, the headers in order, bold and frozen', async () => {
    const workbook = await openTemplate(['Tổ khối 1']);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Danh sách cán bộ', 'Hướng dẫn']);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1);
    expect(HEADERS.map((_, i) => header.getCell(i + 1).value)).toEqual(HEADERS);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    expect(sheet.actualRowCount).toBe(1);
  });

  it('offers dropdowns for gender, contract, status and the school’s collectives listed on the guide sheet', async () => {
    const names = ['Tổ khối 1', 'Tổ khối 2', 'Tổ văn phòng'];
    const workbook = await openTemplate(names);
    const validations = (workbook.worksheets[0] as unknown as WithValidations).dataValidations.model;
    const formula = (address: string) => validations[address]?.formulae?.[0];
    expect(formula('C2')).toBe('"Nam,Nữ"');
    expect(formula('J500')).toBe('"Viên chức,Hợp đồng"');
    expect(formula('K2')).toBe('"Đang công tác,Đã nghỉ"');
    const listRef = /^'Hướng dẫn'!\$A\$(\d+):\$A\$(\d+)$/.exec(formula('F2') ?? '');
    expect(listRef).not.toBeNull();
    const guide = workbook.getWorksheet('Hướng dẫn')!;
    const listed = [];
    for (let r = Number(listRef![1]); r <= Number(listRef![2]); r++) listed.push(guide.getCell(r, 1).value);
    expect(listed).toEqual(names);
  });

  it('explains every column on the guide sheet', async () => {
    const guide = (await openTemplate([])).getWorksheet('Hướng dẫn')!;
    const firstColumn: unknown[] = [];
    guide.eachRow((row) => firstColumn.push(row.getCell(1).value));
    expect(firstColumn).toEqual(expect.arrayContaining(HEADERS));
  });

  it('is importable as is: no rows, no error', async () => {
    const result = await parseStaffWorkbook(await buildStaffTemplate(['Tổ khối 1']), { collectives: [], existing: [], today: TODAY });
    expect(result).toMatchObject({ rows: [], counts: { new: 0, update: 0, unchanged: 0, error: 0 } });
  });
});
