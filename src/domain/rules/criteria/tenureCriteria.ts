// Tenure on the evaluation date: a person recruited less than `months` months before it is not considered
// (LĐTT, TT 01/2024/TT-BNV). Without a recruitment date, an earlier year on record or enough months worked
// in the year prove the tenure; otherwise the outcome is unknown and the explanation names the missing date.
import { formatIsoDate, numberVi, yearLabel } from '../labels.ts';
import type { LegalBasis } from '../ruleSetTypes.ts';
import { type StaffCheck, result } from './context.ts';

/** `iso` plus `months` calendar months (end of month clamped: 31/08 + 6 → 28/02 or 29/02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Recruited at least `months` months before the evaluation date. */
export function minTenureMonths(months: number, basis: LegalBasis): StaffCheck {
  const need = `được tuyển dụng từ đủ ${numberVi(months)} tháng trước ngày xét`;
  return ({ ev, staff, year, current }) => {
    const on = staff.facts.recruitedOn ?? null;
    if (on !== null) {
      const from = addMonths(on, months);
      return from <= ev.evaluationDate
        ? result('minTenureMonths', 'pass', `Tuyển dụng ngày ${formatIsoDate(on)}, đủ ${numberVi(months)} tháng trước ngày xét`, '', basis)
        : result(
            'minTenureMonths',
            'fail',
            `Tuyển dụng ngày ${formatIsoDate(on)}, chưa đủ ${numberVi(months)} tháng đến ngày xét ${formatIsoDate(ev.evaluationDate)}`,
            need,
            basis,
          );
    }
    if (staff.byYear.has(year - 1)) {
      return result('minTenureMonths', 'pass', `Đã công tác từ năm học ${yearLabel(year - 1)}, đủ ${numberVi(months)} tháng trước ngày xét`, '', basis);
    }
    const worked = current?.monthsWorked ?? null;
    if (worked !== null && worked >= months) {
      return result('minTenureMonths', 'pass', `Làm việc ${numberVi(worked)} tháng trong năm học, đủ ${numberVi(months)} tháng công tác`, '', basis);
    }
    return result('minTenureMonths', 'unknown', 'Chưa có ngày tuyển dụng (ngày vào ngành) để xét thời gian công tác', need, basis);
  };
}
