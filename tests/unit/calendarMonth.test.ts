// The month grid of the council calendar: Monday-first weeks, whole months, the school year's months.
import { describe, expect, it } from 'vitest';
import { monthGrid, monthsBetween, parseMonth } from '../../src/domain/calendarMonth.ts';

describe('the month grid', () => {
  it('starts on Monday and ends on Sunday, with every day of the month once', () => {
    const weeks = monthGrid(2025, 10); // 01/10/2025 is a Wednesday, 31/10 a Friday
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toEqual({ iso: '2025-09-29', day: 29, inMonth: false });
    expect(weeks[0]?.[2]).toEqual({ iso: '2025-10-01', day: 1, inMonth: true });
    expect(weeks.at(-1)?.at(-1)).toEqual({ iso: '2025-11-02', day: 2, inMonth: false });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(
      weeks
        .flat()
        .filter((d) => d.inMonth)
        .map((d) => d.day),
    ).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('handles a month that starts on Monday and February of a leap year', () => {
    expect(monthGrid(2025, 9)[0]?.[0]?.iso).toBe('2025-09-01');
    expect(
      monthGrid(2028, 2)
        .flat()
        .filter((d) => d.inMonth),
    ).toHaveLength(29);
  });

  it('lists the months of a school year and parses only real months', () => {
    expect(monthsBetween(new Date('2025-09-05T00:00:00Z'), new Date('2026-05-31T00:00:00Z'))).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(parseMonth('2025-10')).toEqual({ year: 2025, month: 10 });
    for (const bad of ['2025-13', '2025-1', '25-10', '2025-10-01', '']) expect(parseMonth(bad)).toBeNull();
  });
});
