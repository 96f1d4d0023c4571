// Which fields an imported row would change. Comparison is on normalised values, so whitespace or Unicode
// form differences in the stored record do not show up as changes (re-importing a file changes nothing).
import { cleanText } from '../../../domain/text.ts';
import type { ExistingStaff, StaffField, StaffImportData } from './staffImportTypes.ts';

const FIELDS: readonly StaffField[] = [
  'fullName',
  'gender',
  'birthDate',
  'position',
  'collectiveId',
  'specialty',
  'qualification',
  'joinedSectorOn',
  'contractType',
  'active',
];

type FieldValue = string | boolean | Date | null;

function comparable(value: FieldValue): string | boolean | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return cleanText(value) || null;
  return value;
}

/** The fields of `data` that differ from the stored staff member, in column order. */
export function diffStaff(data: StaffImportData, existing: ExistingStaff): StaffField[] {
  return FIELDS.filter((field) => comparable(data[field]) !== comparable(existing[field]));
}
