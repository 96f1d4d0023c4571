// The Vietnam calendar day of an instant. Documents, the register and every date a person reads use Vietnam's day
// (Asia/Ho_Chi_Minh, UTC+7): 22:17 UTC on 30/11 is 05:17 on 01/12 in Hà Nội, and a plan approved then is dated 01/12.
// Calendar days are held as Dates at UTC midnight, which is how Prisma reads and writes @db.Date columns.
import { TIME_ZONE } from '../i18n/index.ts';

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

// Vietnam has kept UTC+7 without daylight saving since 13/06/1975 (the time-zone database's last change for
// Asia/Ho_Chi_Minh): from 1976 on, the day is plain arithmetic, which is a tenth of the formatter's cost on every
// request; earlier instants (and dates past 9999) go through the formatter. A test compares both over random instants.
const FIXED_OFFSET_FROM = Date.UTC(1976, 0, 1);
const FIXED_OFFSET_UNTIL = Date.UTC(9999, 0, 1);
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The instant shifted to Vietnam's wall clock (read with getUTC… methods), or null before 1976. */
export function vietnamWallClock(instant: Date): Date | null {
  const t = instant.getTime();
  return t >= FIXED_OFFSET_FROM && t < FIXED_OFFSET_UNTIL ? new Date(t + VIETNAM_OFFSET_MS) : null;
}

/** "YYYY-MM-DD" of the calendar day in Vietnam at `instant`. */
export function vietnamIsoDate(instant: Date): string {
  return vietnamWallClock(instant)?.toISOString().slice(0, 10) ?? formatter.format(instant);
}

/**
 * The calendar day in Vietnam at `instant`, as UTC midnight. A calendar day (UTC midnight, 07:00 in Vietnam) maps to
 * itself, so the function is safe on values that are already days.
 */
export function vietnamDay(instant: Date): Date {
  return new Date(`${vietnamIsoDate(instant)}T00:00:00Z`);
}

/** The calendar year in Vietnam at `instant` (31/12 23:30 UTC is already the next year). */
export function vietnamYear(instant: Date): number {
  return Number(vietnamIsoDate(instant).slice(0, 4));
}

/** Year, month (1–12) and day of a calendar day (a @db.Date value) or of the Vietnam day of an instant. */
export function vietnamDayParts(instant: Date): DayParts {
  const [year, month, day] = vietnamIsoDate(instant).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
