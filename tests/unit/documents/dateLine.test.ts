import { describe, expect, it } from 'vitest';
import { dateLine, formatDay, formatMonth } from '../../../src/documents/dateLine.ts';

describe('the date line of ND 30/2020', () => {
  it.each([
    [{ year: 2024, month: 3, day: 5 }, 'Long Biên, ngày 05 tháng 3 năm 2024'],
    [{ year: 2024, month: 1, day: 9 }, 'Long Biên, ngày 09 tháng 01 năm 2024'],
    [{ year: 2024, month: 2, day: 21 }, 'Long Biên, ngày 21 tháng 02 năm 2024'],
    [{ year: 2023, month: 10, day: 16 }, 'Long Biên, ngày 16 tháng 10 năm 2023'],
    [{ year: 2023, month: 12, day: 1 }, 'Long Biên, ngày 01 tháng 12 năm 2023'],
    [{ year: 2024, month: 9, day: 10 }, 'Long Biên, ngày 10 tháng 9 năm 2024'],
    [{ year: 2025, month: 11, day: 30 }, 'Long Biên, ngày 30 tháng 11 năm 2025'],
  ])('writes %o as "%s"', (date, expected) => {
    expect(dateLine('Long Biên', date)).toBe(expected);
  });

  it.each([
    [1, '01'],
    [9, '09'],
    [10, '10'],
    [31, '31'],
  ])('day %i → %s', (day, expected) => expect(formatDay(day)).toBe(expected));

  it.each([
    [1, '01'],
    [2, '02'],
    [3, '3'],
    [9, '9'],
    [10, '10'],
    [12, '12'],
  ])('month %i → %s (only January and February get a 0)', (month, expected) => expect(formatMonth(month)).toBe(expected));

  it('leaves blanks for the day and month of a draft dated by year only', () => {
    expect(dateLine('Long Biên', { year: 2024 }).replace(/\u00a0+/g, '…')).toBe('Long Biên, ngày … tháng … năm 2024');
  });
});
