// Working days in Vietnam: Monday to Friday except public holidays (vietnamHolidays.ts), plus the Saturdays worked
// in exchange for a bridge day. Days are calendar days held as Dates at UTC midnight (see calendarDay.ts).
import { ANNOUNCED_HOLIDAYS, FIXED_HOLIDAYS, WORKED_SATURDAYS } from './vietnamHolidays.ts';

const DAY_MS = 86_400_000;
const iso = (day: Date) => day.toISOString().slice(0, 10);

/** Whether a calendar day (UTC midnight) is a working day. */
export function isWorkingDay(day: Date): boolean {
  const key = iso(day);
  if (WORKED_SATURDAYS.includes(key)) return true;
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (FIXED_HOLIDAYS.includes(key.slice(5))) return false;
  return !(ANNOUNCED_HOLIDAYS[day.getUTCFullYear()] ?? []).includes(key);
}

/** The day `n` days after `day`. */
export function addDays(day: Date, n: number): Date {
  return new Date(day.getTime() + n * DAY_MS);
}

/** The first working day on or after `day`. */
export function firstWorkingDayFrom(day: Date): Date {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The last day of a period of `count` working days starting on the first working day on or after `start`. */
export function lastOfWorkingDays(start: Date, count: number): Date {
  let d = firstWorkingDayFrom(start);
  for (let left = count - 1; left > 0; left--) d = firstWorkingDayFrom(addDays(d, 1));
  return d;
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysBetween(from: Date, to: Date): number {
  let n = 0;
  for (let d = from; d.getTime() <= to.getTime(); d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}
