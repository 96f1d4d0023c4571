// Criteria over several school years of the candidate's own facts: ratings in a row, initiatives in a window.
import type { InitiativeLevel, Rating, StaffYearFacts } from '../facts.ts';
import { INITIATIVE_ORDER, RATING_ORDER, countWord, joinVi, levelAtLeastLabel, ratingAtLeastLabel, yearLabel } from '../labels.ts';
import type { LegalBasis } from '../ruleSetTypes.ts';
import { type StaffCheck, result, resultCache } from './context.ts';

function span(first: number, last: number): string {
  return first === last ? `năm học ${yearLabel(last)}` : `trong các năm học ${yearLabel(first)} – ${yearLabel(last)}`;
}

/** Rated at least `min` in each of the `years` school years ending in the evaluated year. */
export function consecutiveRating(min: Rating, years: number, basis: LegalBasis): StaffCheck {
  const want = ratingAtLeastLabel(min);
  const cache = resultCache();
  return ({ ev, staff, year }) => {
    const first = year - years + 1;
    let variant = 0; // base 6 per year: rating order 0–3, 4 when not recorded, 5 when none in a complete year
    for (let y = first; y <= year; y++) {
      const r = staff.byYear.get(y)?.rating;
      variant = variant * 6 + (r ? RATING_ORDER[r] : ev.covered('ratings', y) ? 5 : 4);
    }
    return cache(year, variant, () => {
      const failed: string[] = [];
      const unknown: number[] = [];
      for (let y = first; y <= year; y++) {
        const r = staff.byYear.get(y)?.rating;
        if (!r && ev.covered('ratings', y)) failed.push(`Năm học ${yearLabel(y)} không có xếp loại`);
        else if (!r) unknown.push(y);
        else if (RATING_ORDER[r] < RATING_ORDER[min]) failed.push(`Năm học ${yearLabel(y)} xếp loại ${r}, chưa đạt ${want}`);
      }
      const range = `${years} năm liên tục (${yearLabel(first)} – ${yearLabel(year)})`;
      if (failed.length > 0) return result('consecutiveRating', 'fail', failed.join('; '), `xếp loại ${want} ${range}`, basis);
      if (unknown.length > 0) {
        const labels = joinVi(unknown.map(yearLabel));
        return result('consecutiveRating', 'unknown', `Chưa có xếp loại năm học ${labels}`, `xếp loại ${want} năm học ${labels}`, basis);
      }
      return result('consecutiveRating', 'pass', `Xếp loại ${want} ${range}`, '', basis);
    });
  };
}

function countInYear(f: StaffYearFacts, staffId: string, minRank: number, minShare: number, researchCounts: boolean): number {
  let n = 0;
  for (const i of f.initiatives) {
    if (INITIATIVE_ORDER[i.level] < minRank) continue;
    const share = i.authors ? (i.authors.find((a) => a.staffId === staffId)?.sharePct ?? 0) : 100;
    if (share >= minShare) n++;
  }
  if (researchCounts) for (const r of f.research) if (r.accepted && r.applied === true) n++;
  return n;
}

export interface InitiativeWindow {
  level: InitiativeLevel;
  count: number;
  years: number;
  minShare: number;
  researchCounts: boolean;
}

/** At least `count` initiatives at `level` or higher (or applied research, if it counts) within the window. */
export function initiativesInWindow(w: InitiativeWindow, basis: LegalBasis): StaffCheck {
  const minRank = INITIATIVE_ORDER[w.level];
  const what = `sáng kiến ${levelAtLeastLabel(w.level)}${w.researchCounts ? ' hoặc đề tài được áp dụng' : ''}`;
  const cache = resultCache();
  return ({ ev, staff, year }) => {
    const first = year - w.years + 1;
    // A year is known when it is on record or the school declared its initiatives (and research) complete.
    const known = (y: number) => staff.byYear.has(y) || (ev.covered('initiatives', y) && (!w.researchCounts || ev.covered('research', y)));
    let found = 0;
    let missingMask = 0; // one bit per year without a record
    for (let y = first; y <= year; y++) {
      const f = staff.byYear.get(y);
      missingMask *= 2;
      if (f) found += countInYear(f, staff.id, minRank, w.minShare, w.researchCounts);
      if (!known(y)) missingMask += 1;
    }
    const shown = Math.min(found, w.count); // beyond the requirement only "enough" matters for the cache
    return cache(year, shown * 2 ** w.years + missingMask, () => {
      const where = span(first, year);
      if (found >= w.count) return result('initiativesInWindow', 'pass', `Có ít nhất ${countWord(w.count)} ${what} ${where}`, '', basis);
      const have = found === 0 ? `Không có ${what} ${where}` : `Có ${found} ${what} ${where}`;
      const need = `${found > 0 ? 'thêm ' : ''}${countWord(w.count - found)} ${what} ${where}`;
      const unknown: number[] = [];
      for (let y = first; y <= year; y++) if (!known(y)) unknown.push(y);
      if (unknown.length > 0) {
        return result('initiativesInWindow', 'unknown', `${have}; chưa có dữ liệu sáng kiến năm học ${joinVi(unknown.map(yearLabel))}`, need, basis);
      }
      return result('initiativesInWindow', 'fail', found === 0 && w.count === 1 ? have : `${have}, cần ít nhất ${w.count}`, need, basis);
    });
  };
}
