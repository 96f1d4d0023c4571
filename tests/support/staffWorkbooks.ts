// Staff workbooks for import tests, written in the import format by the app's own export.
import { buildStaffExport, type ExportStaff } from '../../src/features/staff/import/buildStaffExport.ts';

const given = [
  'An',
  'Bình',
  'Chi',
  'Dung',
  'Đào',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Huệ',
  'Lan',
  'Linh',
  'Mai',
  'Minh',
  'Nga',
  'Ngọc',
  'Oanh',
  'Phương',
  'Quỳnh',
  'Tâm',
];
const family = ['Nguyễn Thị', 'Trần Thu', 'Lê Minh', 'Phạm Thanh', 'Vũ Thị'];

/** n plausible staff rows (codes IM001…), spread over the given collectives. */
export function staffRows(n: number, collectives: string[]): ExportStaff[] {
  return Array.from({ length: n }, (_, i) => ({
    code: `IM${String(i + 1).padStart(3, '0')}`,
    fullName: i === 0 ? 'Nguyễn Thúy Hà' : `${family[i % family.length]} ${given[i % given.length]}`,
    gender: i % 7 === 0 ? 'male' : 'female',
    birthDate: new Date(Date.UTC(1980 + (i % 20), i % 12, 1 + (i % 28))),
    position: 'Giáo viên',
    collectiveName: collectives[i % collectives.length] ?? null,
    specialty: 'Giáo dục tiểu học',
    qualification: 'Đại học',
    joinedSectorOn: new Date(Date.UTC(2005 + (i % 15), 8, 1)),
    contractType: i % 5 === 0 ? 'contract' : 'civil_servant',
    active: true,
  }));
}

/** The .xlsx bytes of the rows. */
export function workbookOf(rows: ExportStaff[]): Promise<Buffer> {
  return buildStaffExport(rows);
}
