// Calendar dates as "YYYY-MM-DD" strings in Vietnam's time zone: comparable as strings, free of clock drift.
import { TIME_ZONE } from '../../i18n/index.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (in Vietnam) of a Date, or a validated "YYYY-MM-DD" string as is. */
export function toIsoDate(date: Date | string): string {
  if (typeof date === 'string') {
    if (!ISO_DATE.test(date)) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
    return date;
  }
  return formatter.format(date);
}

/** Default evaluation date of a school year: 31 May of its second calendar year (editable per year). */
export function defaultEvaluationDate(startYear: number): string {
  return `${startYear + 1}-05-31`;
}
