// Criteria read from the candidate's own facts for the evaluated year: rating, discipline, time worked,
// leave, research, and proceedings pending on the evaluation date. Repeating outcomes come from a resultCache.
import type { DisciplineLevel, Rating, StaffYearFacts } from '../facts.ts';
import { DISCIPLINE_LABEL, DISCIPLINE_ORDER, RATING_ORDER, formatIsoDate, numberVi, ratingAtLeastLabel, yearLabel } from '../labels.ts';
import type { LegalBasis } from '../ruleSetTypes.ts';
import { type StaffCheck, result, resultCache } from './context.ts';

/** Rating in the year at least `min`. */
export function ratingAtLeast(min: Rating, basis: LegalBasis): StaffCheck {
  const want = ratingAtLeastLabel(min);
  const cache = resultCache();
  return ({ ev, current, year }) => {
    const r = current?.rating;
    const none = !r && ev.covered('ratings', year); // the school's ratings of the year are complete: not rated
    return cache(year, r ? RATING_ORDER[r] : none ? -2 : -1, () => {
      const label = yearLabel(year);
      const need = `xếp loại ${want} năm học ${label}`;
      if (none) return result('ratingAtLeast', 'fail', `Không có xếp loại năm học ${label} (hồ sơ xếp loại năm học này đã đầy đủ)`, need, basis);
      if (!r) return result('ratingAtLeast', 'unknown', `Chưa có xếp loại năm học ${label}`, need, basis);
      return RATING_ORDER[r] >= RATING_ORDER[min]
        ? result('ratingAtLeast', 'pass', `Xếp loại ${r} năm học ${label}`, '', basis)
        : result('ratingAtLeast', 'fail', `Xếp loại ${r} năm học ${label}, chưa đạt ${want}`, need, basis);
    });
  };
}

/** No discipline at `from` or above in the year; `from` null switches the check off. */
export function noDisciplineFrom(from: DisciplineLevel | null, basis: LegalBasis): StaffCheck {
  const off = Object.freeze(result('noDisciplineFrom', 'pass', 'Không áp dụng điều kiện kỷ luật (theo cấu hình)', '', basis));
  if (from === null) return () => off;
  const rank = DISCIPLINE_ORDER[from];
  const what = `không bị kỷ luật từ ${DISCIPLINE_LABEL[from]} trở lên`;
  const cache = resultCache();
  return ({ ev, current, year }) => {
    // Unchecked is unknown, unless the school declared its discipline records of the year complete.
    const list = current?.disciplines ?? (ev.covered('discipline', year) ? [] : null);
    if (list === null) {
      return cache(year, 0, () =>
        result('noDisciplineFrom', 'unknown', `Chưa kiểm tra kỷ luật năm học ${yearLabel(year)}`, `${what} năm học ${yearLabel(year)}`, basis),
      );
    }
    const hit = list.find((d) => DISCIPLINE_ORDER[d.level] >= rank);
    if (hit) {
      return result(
        'noDisciplineFrom',
        'fail',
        `Bị kỷ luật ${DISCIPLINE_LABEL[hit.level]} ngày ${formatIsoDate(hit.date)} (năm học ${yearLabel(year)})`,
        `${what} năm học ${yearLabel(year)}`,
        basis,
      );
    }
    return cache(year, 1, () =>
      result('noDisciplineFrom', 'pass', `Không bị kỷ luật từ ${DISCIPLINE_LABEL[from]} trở lên năm học ${yearLabel(year)}`, '', basis),
    );
  };
}

/** Maternity leave in months: the recorded months, else the recorded days over `daysPerMonth`, one decimal, rounded down. */
export function maternityMonths(year: StaffYearFacts | undefined, daysPerMonth: number): { months: number; days: number | null } {
  if (year?.maternityLeaveMonths !== undefined) return { months: year.maternityLeaveMonths, days: null };
  const days = year?.maternityLeaveDays ?? 0;
  return { months: Math.floor((days * 10) / daysPerMonth) / 10, days };
}

/**
 * At least `min` months worked in the year; maternity leave counts as worked when `maternityCounts`, converted
 * from days at `daysPerMonth` days a month, and the explanation says how the months were counted.
 */
export function minMonthsWorked(min: number, maternityCounts: boolean, daysPerMonth: number, basis: LegalBasis): StaffCheck {
  const minText = numberVi(min);
  const cache = resultCache();
  return ({ current, year }) => {
    const worked = current?.monthsWorked ?? null;
    const leave = maternityCounts ? maternityMonths(current, daysPerMonth) : { months: 0, days: null };
    const maternity = leave.months;
    const make = () => {
      const need = `làm việc đủ ${minText} tháng năm học ${yearLabel(year)}`;
      if (worked === null) return result('minMonthsWorked', 'unknown', `Chưa có số tháng làm việc năm học ${yearLabel(year)}`, need, basis);
      const months = Math.round((worked + maternity) * 10) / 10;
      const how =
        leave.days === null
          ? `${numberVi(maternity)} tháng nghỉ thai sản`
          : `${numberVi(maternity)} tháng nghỉ thai sản (${leave.days} ngày, tính ${daysPerMonth} ngày là một tháng)`;
      const text = maternity > 0 ? `Làm việc ${numberVi(worked)} tháng + ${how} = ${numberVi(months)} tháng` : `Làm việc ${numberVi(months)} tháng`;
      return months >= min
        ? result('minMonthsWorked', 'pass', `${text}, đạt tối thiểu ${minText} tháng`, '', basis)
        : result('minMonthsWorked', 'fail', `${text}, chưa đủ ${minText} tháng`, need, basis);
    };
    // Whole months without maternity leave are the common case and repeat: share them.
    if (worked === null) return cache(year, -1, make);
    return maternity === 0 && Number.isInteger(worked) && worked >= 0 && worked <= 12 ? cache(year, worked, make) : make();
  };
}

/** At most `max` leave days in the year; maternity leave is not counted when `maternityCounts`. */
export function maxLeaveDays(max: number, maternityCounts: boolean, basis: LegalBasis): StaffCheck {
  const cache = resultCache();
  return ({ current, year }) => {
    const leave = current?.leaveDays ?? null;
    const maternity = current?.maternityLeaveDays ?? 0;
    const make = () => {
      const need = `nghỉ không quá ${max} ngày năm học ${yearLabel(year)}`;
      if (leave === null) return result('maxLeaveDays', 'unknown', `Chưa có số ngày nghỉ năm học ${yearLabel(year)}`, need, basis);
      const days = leave + (maternityCounts ? 0 : maternity);
      const note = maternity === 0 ? '' : maternityCounts ? ` (không tính ${maternity} ngày nghỉ thai sản)` : ' (kể cả nghỉ thai sản)';
      return days <= max
        ? result('maxLeaveDays', 'pass', `Nghỉ ${days} ngày${note}, không quá ${max} ngày`, '', basis)
        : result('maxLeaveDays', 'fail', `Nghỉ ${days} ngày${note}, quá ${max} ngày`, need, basis);
    };
    if (leave === null) return cache(year, -1, make);
    return maternity === 0 && Number.isInteger(leave) && leave >= 0 && leave <= 366 ? cache(year, leave, make) : make();
  };
}

/** An accepted (and, if required, applied) research project in the year. */
export function researchInYear(requireApplied: boolean, basis: LegalBasis): StaffCheck {
  const what = `đề tài được nghiệm thu${requireApplied ? ' và áp dụng' : ''}`;
  const cache = resultCache();
  return ({ ev, current, year }) => {
    let outcome = current || ev.covered('research', year) ? 0 : 1; // 0 none, 1 no record, 2 awaiting confirmation of use, 3 found
    for (const r of current?.research ?? []) {
      if (r.accepted && (!requireApplied || r.applied === true)) outcome = 3;
      else if (r.accepted && r.applied === null && outcome === 0) outcome = 2;
    }
    return cache(year, outcome, () => {
      const label = yearLabel(year);
      const need = `một ${what} năm học ${label}`;
      if (outcome === 3) return result('researchInYear', 'pass', `Có ${what} năm học ${label}`, '', basis);
      if (outcome === 1) return result('researchInYear', 'unknown', `Chưa có dữ liệu đề tài năm học ${label}`, need, basis);
      if (outcome === 2) return result('researchInYear', 'unknown', `Đề tài đã nghiệm thu, chưa có xác nhận áp dụng năm học ${label}`, need, basis);
      return result('researchInYear', 'fail', `Không có ${what} năm học ${label}`, need, basis);
    });
  };
}

/** No disciplinary procedure or investigation pending on the evaluation date. */
export function noPendingProceedings(basis: LegalBasis): StaffCheck {
  const pass = Object.freeze(result('noPendingProceedings', 'pass', 'Không đang bị xem xét kỷ luật, điều tra vào ngày xét', '', basis));
  return ({ ev, staff }) => {
    const day = ev.evaluationDate;
    for (const p of staff.facts.pending) {
      if (p.from <= day && (p.to === null || day <= p.to)) {
        const what = p.kind === 'discipline' ? 'xem xét kỷ luật' : 'điều tra';
        return result('noPendingProceedings', 'fail', `Đang bị ${what} từ ngày ${formatIsoDate(p.from)}`, `kết thúc việc ${what}`, basis);
      }
    }
    return pass;
  };
}
