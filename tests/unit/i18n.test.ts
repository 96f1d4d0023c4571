import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { formatDate, formatLongDate, translator } from '../../src/i18n/index.ts';
import { vi } from '../../src/i18n/vi.ts';
import { schoolYearDates, schoolYearLabel, schoolYearStartOf } from '../../src/domain/schoolYear.ts';

describe('messages', () => {
  it('has an English text for every Vietnamese key and both are NFC', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const text of [...Object.values(vi), ...Object.values(en)]) expect(text).toBe(text.normalize('NFC'));
  });

  it('fills placeholders', () => {
    expect(translator('vi')('home.greeting', { name: 'Hà' })).toBe('Xin chào, Hà');
    expect(translator('en')('home.greeting', { name: 'Hà' })).toBe('Hello, Hà');
  });
});

describe('dates', () => {
  it('formats dd/mm/yyyy in Vietnam time', () => {
    expect(formatDate(new Date('2024-03-05T00:00:00Z'))).toBe('05/03/2024');
    expect(formatDate(new Date('2024-03-05T18:00:00Z'))).toBe('06/03/2024'); // 01:00 on the 6th in Hà Nội
  });

  it('writes the document date line with ND 30 leading zeros (days < 10, months 1 and 2)', () => {
    expect(formatLongDate(new Date('2024-03-05T00:00:00Z'))).toBe('ngày 05 tháng 3 năm 2024');
    expect(formatLongDate(new Date('2025-02-12T00:00:00Z'))).toBe('ngày 12 tháng 02 năm 2025');
    expect(formatLongDate(new Date('2024-12-21T00:00:00Z'))).toBe('ngày 21 tháng 12 năm 2024');
  });
});

describe('school years', () => {
  it('start in September', () => {
    expect(schoolYearStartOf(new Date('2026-11-26T00:00:00Z'))).toBe(2026);
    expect(schoolYearStartOf(new Date('2026-08-31T10:00:00Z'))).toBe(2025);
    expect(schoolYearStartOf(new Date('2026-08-31T17:30:00Z'))).toBe(2026); // already 1 September in Hà Nội
    expect(schoolYearLabel(2026)).toBe('2026-2027');
  });

  it('default their evaluation date to 31 May of the second calendar year', () => {
    expect(schoolYearDates(2024).evaluationDate.toISOString().slice(0, 10)).toBe('2025-05-31');
  });
});
