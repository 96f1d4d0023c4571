// The posting period: n working days from the Vietnam day of publication; comments are taken until the end of its
// last day in Vietnam. Pure: every function takes `now`.
import { vietnamDay } from '../calendarDay.ts';
import { addDays, firstWorkingDayFrom, lastOfWorkingDays, workingDaysBetween } from './workingDays.ts';

export interface PostingPeriod {
  startsOn: Date;
  endsOn: Date;
  workingDays: number;
}

/** The period of a posting published at `now` for `workingDays` working days. */
export function postingPeriod(now: Date, workingDays: number): PostingPeriod {
  const startsOn = firstWorkingDayFrom(vietnamDay(now));
  return { startsOn, endsOn: lastOfWorkingDays(startsOn, workingDays), workingDays };
}

/** Whether comments are still taken at `now`: until the end of the last day (Vietnam time). */
export function postingOpen(period: Pick<PostingPeriod, 'endsOn'>, now: Date): boolean {
  return vietnamDay(now).getTime() <= period.endsOn.getTime();
}

/** Working days left, today included (0 once closed). */
export function workingDaysLeft(period: Pick<PostingPeriod, 'startsOn' | 'endsOn'>, now: Date): number {
  const today = vietnamDay(now);
  const from = today.getTime() < period.startsOn.getTime() ? period.startsOn : today;
  return postingOpen(period, now) ? workingDaysBetween(from, period.endsOn) : 0;
}

/** The instant comments stop: midnight in Vietnam after the last day (17:00 UTC of the last day). */
export function postingClosesAt(period: Pick<PostingPeriod, 'endsOn'>): Date {
  return new Date(addDays(period.endsOn, 1).getTime() - 7 * 3_600_000);
}
