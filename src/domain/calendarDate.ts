// The one date parser: every date a person types or imports (forms, staff and history imports, plan "căn cứ" and
// anniversaries, the command line) goes through here. It accepts dd/mm/yyyy (also d-m-yyyy, d.m.yyyy) and ISO
// yyyy-mm-dd, refuses days that are not on the calendar (31/02) as impossible rather than as a format error, and
// refuses years outside DATE_BOUNDS instead of letting JavaScript map 0000 to 1900 or 0099 to 1999.
// Calendar dates are Dates at UTC midnight, which is how Prisma reads and writes @db.Date columns.

/** The dates the app stores; the database CHECKs on date columns use the same bounds. */
export const DATE_BOUNDS = { minYear: 1900, maxYear: 2200 } as const;

/**
 * A staff member's age on the day their birth date is entered: 15 is the minimum working age (Bộ luật Lao động
 * 2019, Điều 143), 100 is beyond any member of staff, past or present.
 */
export const BIRTH_AGE = { min: 15, max: 100 } as const;

export type DateRefusal = 'format' | 'impossible' | 'outOfRange' | 'birthInFuture' | 'birthAge';
export type DateParse = { ok: true; value: Date } | { ok: false; reason: DateRefusal };

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A date from its parts, checked: year within DATE_BOUNDS, then a real day of that month. */
export function calendarDate(year: number, month: number, day: number): DateParse {
  if (![year, month, day].every(Number.isInteger)) return { ok: false, reason: 'format' };
  if (year < DATE_BOUNDS.minYear || year > DATE_BOUNDS.maxYear) return { ok: false, reason: 'outOfRange' };
  // setUTCFullYear, unlike Date.UTC, never maps years 0–99 to 1900–1999; the round trip catches 31/02 and 13/2025.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, reason: 'impossible' };
  return { ok: true, value: date };
}

/** Parses typed text: dd/mm/yyyy or yyyy-mm-dd (surrounding spaces ignored). */
export function parseCalendarDate(text: string): DateParse {
  const v = text.trim();
  const dmy = DMY.exec(v);
  if (dmy) return calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const iso = ISO.exec(v);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return { ok: false, reason: 'format' };
}

/** Checks a Date that is already a calendar day (an Excel cell, a stored value) against DATE_BOUNDS. */
export function checkCalendarDate(date: Date): DateParse {
  if (Number.isNaN(date.getTime())) return { ok: false, reason: 'format' };
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Why a birth date is implausible on `today` (a calendar day): in the future, or an age outside BIRTH_AGE; null if fine. */
export function whyNotBirthDate(birth: Date, today: Date): DateRefusal | null {
  if (birth.getTime() > today.getTime()) return 'birthInFuture';
  const age = ageOn(birth, today);
  return age < BIRTH_AGE.min || age > BIRTH_AGE.max ? 'birthAge' : null;
}

/** Whole years from `birth` to `day`. */
export function ageOn(birth: Date, day: Date): number {
  const years = day.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday = day.getUTCMonth() < birth.getUTCMonth() || (day.getUTCMonth() === birth.getUTCMonth() && day.getUTCDate() < birth.getUTCDate());
  return beforeBirthday ? years - 1 : years;
}

/** "yyyy-mm-dd" of a calendar day. */
export function isoOfCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The catalogue key that explains a refusal (the catalogue states the bounds). */
export function dateMessageKey(reason: DateRefusal): `date.${DateRefusal}` {
  return `date.${reason}`;
}

/** The day before a calendar date (a term ended by a decision ends the day before it takes effect). */
export function dayBefore(date: Date): Date {
  return new Date(date.getTime() - 86_400_000);
}
