// Vietnam's public holidays as data (Bộ luật Lao động 2019 Điều 112): the fixed solar days every year, and the days
// off announced each year for Tết Nguyên đán, Giỗ Tổ Hùng Vương and the bridges around them (they follow the lunar
// calendar and the Prime Minister's yearly notice, so they are listed, not computed). Working days skip these.
import type { LegalBasis } from '../rules/ruleSetTypes.ts';

export const HOLIDAY_BASIS: LegalBasis = {
  document: 'Bộ luật Lao động số 45/2019/QH14',
  article: 'Điều 112',
  certainty: 'P',
  note: 'Ngày nghỉ theo âm lịch và ngày nghỉ bù lấy theo thông báo hằng năm của Bộ LĐTBXH/Bộ Nội vụ cho cán bộ, công chức, viên chức; cần đối chiếu mỗi năm',
};

/** Solar-calendar holidays of every year (MM-DD). */
export const FIXED_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-02'];

/**
 * Announced days off per year for public employees (YYYY-MM-DD), weekdays only: Tết, Giỗ Tổ, bridges and
 * compensatory days. A year missing here falls back to FIXED_HOLIDAYS alone (`holidayYearKnown` says so).
 */
export const ANNOUNCED_HOLIDAYS: Readonly<Record<number, readonly string[]>> = {
  2024: ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18', '2024-04-29', '2024-09-03'],
  2025: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-05-02', '2025-09-01'],
  2026: ['2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-09-01'],
};

/** Saturdays worked in exchange for a bridge day (YYYY-MM-DD): working days although a weekend. */
export const WORKED_SATURDAYS: readonly string[] = ['2024-05-04', '2025-04-26', '2026-01-10'];

/** Whether the announced days off of `year` are in the data (otherwise only the fixed holidays are skipped). */
export function holidayYearKnown(year: number): boolean {
  return Object.hasOwn(ANNOUNCED_HOLIDAYS, year);
}
