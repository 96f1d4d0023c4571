// exceljs hands back cell values in many wrappers (rich text, hyperlinks, formulas, errors). The parser only
// cares about what the cell shows, so unwrap them once here.
import type { CellValue } from 'exceljs';
import { cleanText } from '../../../domain/text.ts';

export type PlainCellValue = string | number | boolean | Date | null;

/** The value a cell displays, unwrapped from exceljs' rich text / hyperlink / formula / error objects. */
export function readCellValue(value: CellValue): PlainCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return null;
    return typeof result === 'object' && !(result instanceof Date) ? result.error : result;
  }
  if ('hyperlink' in value) return readCellValue(value.text);
  if ('error' in value) return value.error;
  return null;
}

/** Formats a calendar date (UTC midnight) as dd/mm/yyyy, the way Vietnamese users write it. */
export function formatDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** A plain cell value as clean text ('' for empty): NFC, trimmed, single-spaced. */
export function cellText(value: PlainCellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return formatDate(value);
  return cleanText(String(value));
}
