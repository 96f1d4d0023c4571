// The Vietnam calendar day of an instant (UTC+7), the one helper behind every printed date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamDay, vietnamDayParts, vietnamIsoDate, vietnamYear } from '../../src/domain/calendarDay.ts';
import { schoolYearStartOf } from '../../src/domain/schoolYear.ts';

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

describe('the fixed-offset fast path (Vietnam has been UTC+7 without DST since 1975)', () => {
  const intlDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
  const intlMonthYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', month: 'numeric', year: 'numeric' });
  const intlSchoolYear = (d: Date) => {
    const parts = intlMonthYear.formatToParts(d);
    const month = Number(parts.find((p) => p.type === 'month')!.value);
    const year = Number(parts.find((p) => p.type === 'year')!.value);
    return month >= 9 ? year : year - 1;
  };

  it('gives the time-zone database’s day and school year for any instant from 1976 to 2200, and around each midnight', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) }), (t) => {
        const d = new Date(t);
        expect(vietnamIsoDate(d)).toBe(intlDay.format(d));
        expect(schoolYearStartOf(d)).toBe(intlSchoolYear(d));
      }),
      { numRuns: 5_000 },
    );
    for (const edge of ['2026-08-31T16:59:59.999Z', '2026-08-31T17:00:00Z', '2026-12-31T16:59:59.999Z', '2026-12-31T17:00:00Z']) {
      expect(vietnamIsoDate(new Date(edge))).toBe(intlDay.format(new Date(edge)));
      expect(schoolYearStartOf(new Date(edge))).toBe(intlSchoolYear(new Date(edge)));
    }
  });

  it('keeps the time-zone database for earlier instants (birth dates before 1975) and refuses an invalid date', () => {
    for (const iso of ['1959-12-31T16:30:00Z', '1968-05-01T00:00:00Z', '1975-06-12T16:30:00Z', '1942-01-01T00:00:00Z']) {
      expect(vietnamIsoDate(new Date(iso))).toBe(intlDay.format(new Date(iso)));
    }
    expect(() => vietnamIsoDate(new Date('x'))).toThrow(RangeError);
  });
});
