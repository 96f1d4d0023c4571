// The three or four cells of a legal basis in an editor form: document, article, certainty [V]/[P]/[U], note.
import type { Certainty, LegalBasis } from '../ruleSetTypes.ts';

export type FormCells = Record<string, unknown>;
export type Errors = Record<string, string>;

/** The submitted cell as trimmed, single-spaced NFC text ('' when absent or repeated). */
export function cell(form: FormCells, name: string): string {
  const v = form[name];
  return typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
}

/** A required text cell up to `max` characters; records the error beside the field. */
export function requiredCell(form: FormCells, name: string, max: number, errors: Errors): string {
  const v = cell(form, name);
  if (v === '') errors[name] = 'Trường này là bắt buộc.';
  else if (v.length > max) errors[name] = `Tối đa ${max} ký tự.`;
  return v;
}

/** The legal basis under `prefix` (prefix.document, prefix.article, prefix.certainty, prefix.note; `old` keeps an unsent note). */
export function basisFromCells(form: FormCells, prefix: string, errors: Errors, old?: LegalBasis): LegalBasis {
  const document = requiredCell(form, `${prefix}.document`, 300, errors);
  const article = requiredCell(form, `${prefix}.article`, 300, errors);
  const certainty = cell(form, `${prefix}.certainty`);
  if (!['V', 'P', 'U'].includes(certainty)) errors[`${prefix}.certainty`] = 'Chọn mức độ xác minh.';
  // A form without the note cell keeps the note the basis had.
  const note = Object.hasOwn(form, `${prefix}.note`) ? cell(form, `${prefix}.note`) : (old?.note ?? '');
  if (note.length > 500) errors[`${prefix}.note`] = 'Tối đa 500 ký tự.';
  const basis: LegalBasis = { document, article, certainty: (certainty || 'U') as Certainty };
  return note ? { ...basis, note } : basis;
}
