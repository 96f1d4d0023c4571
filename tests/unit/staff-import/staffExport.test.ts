import { TODAY } from '../../support/today.ts';
import { describe, expect, it } from 'vitest';
import { buildStaffExport } from '../../../src/features/staff/import/buildStaffExport.ts';
import { parseStaffWorkbook } from '../../../src/features/staff/import/parseStaffWorkbook.ts';
import type { ExistingStaff } from '../../../src/features/staff/import/staffImportTypes.ts';
import { collectives, demoExisting } from '../../fixtures/staff/staffWorkbooks.ts';
import ExcelJS from 'exceljs';

const withCollectiveName = (s: ExistingStaff) => ({ ...s, collectiveName: collectives.find((c) => c.id === s.collectiveId)?.name ?? null });

describe('staff export', () => {
  it('re-imports the exported directory as all unchanged', async () => {
    const existing = demoExisting().map((s, i) =>
      // Cover the null and "left" cases too.
      i === 0 ? { ...s, birthDate: null, collectiveId: null, specialty: null, qualification: null, joinedSectorOn: null, active: false } : s,
    );
    const result = await parseStaffWorkbook(await buildStaffExport(existing.map(withCollectiveName)), { collectives, existing, today: TODAY });
    expect(result.fileError).toBeUndefined();
    expect(result.counts).toEqual({ new: 0, update: 0, unchanged: 40, error: 0 });
    expect(result.rows.map((r) => r.code)).toEqual(existing.map((s) => s.code));
  });

  it('writes the import headers and readable values', async () => {
    const [first] = demoExisting();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildStaffExport([withCollectiveName(first!)])) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Danh sách cán bộ')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'GV001',
      'Nguyễn Thúy Hà',
      'Nữ',
      new Date('1975-04-12T00:00:00Z'),
      'Hiệu trưởng',
      'Tổ văn phòng',
      'Giáo dục tiểu học',
      'Đại học',
      new Date('1996-09-01T00:00:00Z'),
      'Viên chức',
      'Đang công tác',
    ]);
  });
});
