// Dates arrive either as Excel date cells (exceljs gives a JS Date) or as text typed by hand. Both go through the
// one date parser (src/domain/calendarDate.ts) and become a calendar date at UTC midnight, which is what Prisma
// reads and writes for @db.Date columns.
import { checkCalendarDate, parseCalendarDate, type DateRefusal } from '../../../domain/calendarDate.ts';
import { cellText, type PlainCellValue } from './readCellValue.ts';

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (it counts the non-existent 29/02/1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Bare numbers below this serial (1910-01-01) are more likely a typed year such as 1990 than a date. */
const MIN_SERIAL = 3653;

export type DateParse = { ok: true; value: Date | null } | { ok: false; shown: string; reason: DateRefusal };

/** Parses a date cell: Excel date, Excel serial number, dd/mm/yyyy (or d-m-yyyy, d.m.yyyy) or yyyy-mm-dd text. */
export function parseCellDate(value: PlainCellValue): DateParse {
  if (value === null) return { ok: true, value: null };
  if (value instanceof Date) {
    // Writers that store local midnight leave the value some hours off UTC midnight (17:00 the day before
    // for UTC+7); the nearest UTC midnight is the calendar date the user sees in Excel.
    return result(checkCalendarDate(new Date(Math.round(value.getTime() / DAY_MS) * DAY_MS)), value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < MIN_SERIAL) return { ok: false, shown: String(value), reason: 'format' };
    return result(checkCalendarDate(new Date(EXCEL_EPOCH_MS + Math.round(value) * DAY_MS)), value);
  }
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  return result(parseCalendarDate(text), text);
}

function result(parsed: ReturnType<typeof parseCalendarDate>, original: PlainCellValue): DateParse {
  return parsed.ok ? parsed : { ok: false, shown: cellText(original), reason: parsed.reason };
}
