// The one date parser: formats, impossible days, bounds, birth dates.
import { describe, expect, it } from 'vitest';
import { ageOn, DATE_BOUNDS, parseCalendarDate, whyNotBirthDate, type DateRefusal } from '../../src/domain/calendarDate.ts';
import { translator } from '../../src/i18n/index.ts';

describe('parseCalendarDate', () => {
  it.each([
    ['05/09/2024', '2024-09-05'],
    ['5/9/2024', '2024-09-05'],
    ['05-09-2024', '2024-09-05'],
    ['05.09.2024', '2024-09-05'],
    ['2024-09-05', '2024-09-05'],
    ['  29/02/2024 ', '2024-02-29'],
    ['01/01/1900', '1900-01-01'],
    ['31/12/2200', '2200-12-31'],
  ])('reads %j as %s', (text, iso) => {
    const parsed = parseCalendarDate(text);
    expect(parsed.ok && parsed.value.toISOString()).toBe(`${iso}T00:00:00.000Z`);
  });

  it.each<[string, DateRefusal]>([
    ['', 'format'],
    ['2024', 'format'],
    ['05/09/24', 'format'],
    ['2024/09/05', 'format'],
    ['hôm nay', 'format'],
    ['05/09/2024x', 'format'],
    ['31/02/2025', 'impossible'],
    ['29/02/2025', 'impossible'],
    ['31/04/2024', 'impossible'],
    ['00/01/2024', 'impossible'],
    ['01/13/2024', 'impossible'],
    ['2025-02-30', 'impossible'],
    ['01/01/0000', 'outOfRange'],
    ['0099-06-15', 'outOfRange'],
    ['15/06/0099', 'outOfRange'],
    ['31/12/1899', 'outOfRange'],
    ['01/01/2201', 'outOfRange'],
    ['01/01/9999', 'outOfRange'],
  ])('refuses %j as %s', (text, reason) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, reason });
  });

  it('states the bounds in its Vietnamese message', () => {
    expect(translator('vi')('date.outOfRange')).toContain(`${DATE_BOUNDS.minYear} đến ${DATE_BOUNDS.maxYear}`);
  });
});

describe('birth dates', () => {
  const today = new Date('2026-11-26T00:00:00Z');
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it.each<[string, DateRefusal | null]>([
    ['1990-06-15', null],
    ['2011-11-26', null], // 15 today
    ['2011-11-27', 'birthAge'], // 15 tomorrow
    ['1925-11-27', null], // 100, 101 tomorrow
    ['1925-11-26', 'birthAge'], // 101 today
    ['2026-11-26', 'birthAge'],
    ['2026-11-27', 'birthInFuture'],
    ['9999-01-01', 'birthInFuture'],
  ])('%s on 26/11/2026 → %s', (birth, why) => {
    expect(whyNotBirthDate(day(birth), today)).toBe(why);
  });

  it('counts whole years', () => {
    expect(ageOn(day('2000-02-29'), day('2026-02-28'))).toBe(25);
    expect(ageOn(day('2000-02-29'), day('2026-03-01'))).toBe(26);
  });
});
