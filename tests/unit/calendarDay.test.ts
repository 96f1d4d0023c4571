// The Vietnam calendar day of an instant (UTC+7), the one helper behind every printed date.
import { describe, expect, it } from 'vitest';
import { vietnamDay, vietnamDayParts, vietnamIsoDate, vietnamYear } from '../../src/domain/calendarDay.ts';

describe('vietnamDay', () => {
  it.each([
    ['2026-11-30T22:17:00Z', '2026-12-01'],
    ['2026-11-30T23:30:00Z', '2026-12-01'],
    ['2026-11-30T16:59:59Z', '2026-11-30'],
    ['2026-11-30T17:00:00Z', '2026-12-01'],
    ['2026-12-31T23:30:00Z', '2027-01-01'],
    ['2026-12-01T00:00:00Z', '2026-12-01'], // a calendar day maps to itself
  ])('%s is %s in Vietnam', (instant, day) => {
    expect(vietnamIsoDate(new Date(instant))).toBe(day);
    expect(vietnamDay(new Date(instant)).toISOString()).toBe(`${day}T00:00:00.000Z`);
  });

  it('gives the year and the parts of the Vietnam day', () => {
    expect(vietnamYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(vietnamDayParts(new Date('2026-11-30T22:17:00Z'))).toEqual({ year: 2026, month: 12, day: 1 });
  });
});
