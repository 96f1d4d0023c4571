// Dates arrive either as Excel date cells (exceljs gives a JS Date) or as text typed by hand. Both become
// a calendar date at UTC midnight, which is what Prisma reads and writes for @db.Date columns.
import { cellText, type PlainCellValue } from './readCellValue.ts';

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (it counts the non-existent 29/02/1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Dates outside these years are typing mistakes in a staff list (birth dates, first day in the sector). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
/** Bare numbers below this serial (1910-01-01) are more likely a typed year such as 1990 than a date. */
const MIN_SERIAL = 3653;

export type DateParse = { ok: true; value: Date | null } | { ok: false; shown: string };

/** Parses a date cell: Excel date, Excel serial number, dd/mm/yyyy (or d-m-yyyy, d.m.yyyy) or yyyy-mm-dd text. */
export function parseCellDate(value: PlainCellValue): DateParse {
  if (value === null) return { ok: true, value: null };
  if (value instanceof Date) {
    // Writers that store local midnight leave the value some hours off UTC midnight (17:00 the day before
    // for UTC+7); the nearest UTC midnight is the calendar date the user sees in Excel.
    return checked(new Date(Math.round(value.getTime() / DAY_MS) * DAY_MS), value);
  }
  if (typeof value === 'number') {
    if (value < MIN_SERIAL) return { ok: false, shown: String(value) };
    return checked(new Date(EXCEL_EPOCH_MS + Math.round(value) * DAY_MS), value);
  }
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { ok: false, shown: text };
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 31/02 over into March; a round trip through the parts catches it.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, shown: text };
  return checked(date, text);
}

function checked(date: Date, original: PlainCellValue): DateParse {
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < MIN_YEAR || year > MAX_YEAR) return { ok: false, shown: cellText(original) };
  return { ok: true, value: date };
}
