// Deadlines in calendar days, in Vietnam's time zone: which milestones are due soon, and which reminder is due now.
import { vietnamDay } from './calendarDay.ts';

export { vietnamDay };

const DAY_MS = 86_400_000;

/** Whole days from today (Vietnam) to a due date: 0 = due today, negative = overdue. */
export function daysLeft(dueOn: Date, now: Date): number {
  return Math.round((dueOn.getTime() - vietnamDay(now).getTime()) / DAY_MS);
}

export const REMINDER_DAYS = { first: 7, last: 1 } as const;
export type ReminderStage = 'd7' | 'd1' | 'overdue';

/** The reminders a milestone calls for now (earlier stages included, so a late run still sends them once). */
export function dueReminderStages(dueOn: Date, now: Date, done: boolean): ReminderStage[] {
  if (done) return [];
  const left = daysLeft(dueOn, now);
  if (left < 0) return ['overdue'];
  const stages: ReminderStage[] = [];
  if (left <= REMINDER_DAYS.first && left > REMINDER_DAYS.last) stages.push('d7');
  if (left <= REMINDER_DAYS.last) stages.push('d1');
  return stages;
}

/** Milestones due within `days` from today (overdue ones included), soonest first. */
export function dueWithin<T extends { dueOn: Date; doneAt: Date | null }>(items: T[], now: Date, days = 14): T[] {
  return items.filter((m) => !m.doneAt && daysLeft(m.dueOn, now) <= days).sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
}

/** Milestones that are windows (a registration period): once past, they are closed, not late (issue 15 §8). */
export const WINDOW_KINDS: ReadonlySet<string> = new Set(['registration_window', 'supplementary_window']);
