// The month view of the council calendar: weeks from Monday to Sunday (as Vietnamese calendars print them), dates as
// calendar days (UTC midnight, like the database's DATE columns). Pure.

export interface MonthDay {
  /** yyyy-mm-dd */
  iso: string;
  day: number;
  inMonth: boolean;
}

const DAY_MS = 86_400_000;
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** "2025-10" → { year: 2025, month: 10 }, or null for anything else. */
export function parseMonth(value: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** "yyyy-mm" of a year and month. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The weeks (Monday first) that show a month, with the days of the neighbouring months that fill them. */
export function monthGrid(year: number, month: number): MonthDay[][] {
  const first = Date.UTC(year, month - 1, 1);
  const last = Date.UTC(year, month, 0);
  const start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS; // back to Monday
  const end = last + ((7 - new Date(last).getUTCDay()) % 7) * DAY_MS; // on to Sunday
  const weeks: MonthDay[][] = [];
  for (let t = start; t <= end; t += DAY_MS) {
    const d = new Date(t);
    if ((t - start) % (7 * DAY_MS) === 0) weeks.push([]);
    weeks.at(-1)?.push({ iso: isoOf(d), day: d.getUTCDate(), inMonth: d.getUTCMonth() === month - 1 });
  }
  return weeks;
}

/** The months a school year spans, "yyyy-mm", from its first day to its last. */
export function monthsBetween(startsOn: Date, endsOn: Date): string[] {
  const months: string[] = [];
  for (let y = startsOn.getUTCFullYear(), m = startsOn.getUTCMonth() + 1; Date.UTC(y, m - 1, 1) <= endsOn.getTime(); m === 12 ? ((m = 1), y++) : m++) {
    months.push(monthKey(y, m));
  }
  return months;
}
