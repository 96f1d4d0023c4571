// School years run from 1 September to 31 August. Pure functions of the date they are given.
import { TIME_ZONE } from '../i18n/index.ts';
import { vietnamWallClock } from './calendarDay.ts';

export const SCHOOL_YEAR_START_MONTH = 9; // September

/** "2026-2027" for a start year of 2026. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

// Built once: a formatter with a time zone is costly to create (it was ~17 % of the home page's CPU).
let monthYearFormat: Intl.DateTimeFormat | undefined;

/** The start year of the school year containing `now` (in Vietnam's time zone). */
export function schoolYearStartOf(now: Date): number {
  const wall = vietnamWallClock(now);
  if (wall) return wall.getUTCMonth() + 1 >= SCHOOL_YEAR_START_MONTH ? wall.getUTCFullYear() : wall.getUTCFullYear() - 1;
  monthYearFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, month: 'numeric', year: 'numeric' });
  const parts = monthYearFormat.formatToParts(now);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  return month >= SCHOOL_YEAR_START_MONTH ? year : year - 1;
}

/** First and last day of a school year, and its default evaluation date (31 May of its second calendar year). */
export function schoolYearDates(startYear: number): { startsOn: Date; endsOn: Date; evaluationDate: Date } {
  return {
    startsOn: new Date(Date.UTC(startYear, 8, 1)),
    endsOn: new Date(Date.UTC(startYear + 1, 7, 31)),
    evaluationDate: new Date(Date.UTC(startYear + 1, 4, 31)),
  };
}
