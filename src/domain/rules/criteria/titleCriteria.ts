// Criteria over titles held: in the year, as an unbroken chain, a count within a window, or before a window.
// A past year counts only with an award on record; the evaluated year also counts when eligible.
import type { AwardCode, AwardFact } from '../facts.ts';
import { awardIn } from '../factIndex.ts';
import { countWord, formatIsoDate, joinVi, yearLabel } from '../labels.ts';
import type { LegalBasis } from '../ruleSetTypes.ts';
import type { CriterionStatus } from '../verdict.ts';
import { type StaffCheck, type StaffContext, type TitleMet, result, resultCache } from './context.ts';
import { verdictItems } from '../verdictSummary.ts';

const CODE: Readonly<Record<CriterionStatus, number>> = { pass: 0, fail: 1, unknown: 2 };

function decision(a: AwardFact): string {
  return `QĐ số ${a.decisionNumber} ngày ${formatIsoDate(a.decisionDate)}`;
}

/** Outcome of `code` in each year (oldest first) packed two bits per year: the cache variant. */
function statusMask(ctx: StaffContext, code: AwardCode, years: readonly number[]): number {
  let mask = 0;
  for (const y of years) mask = mask * 4 + CODE[ctx.ev.titleMet(ctx.staff, code, y).status];
  return mask;
}

/** ": <why>" for a title not met in the evaluated year, from the verdict behind it; empty without one. */
function cause(met: TitleMet): string {
  if (!met.verdict) return '';
  const { failed, unknown } = verdictItems(met.verdict);
  const items = met.status === 'fail' ? failed : unknown;
  return items.length ? `: ${items.join('; ')}` : '';
}

function years(last: number, times: number, stride: number): number[] {
  return Array.from({ length: times }, (_, i) => last - (times - 1 - i) * stride);
}

/** Holds `code` in the evaluated year (awarded or eligible). */
export function titleInYear(code: AwardCode, basis: LegalBasis): StaffCheck {
  const cache = resultCache();
  return ({ ev, staff, year }) => {
    const met = ev.titleMet(staff, code, year);
    const short = ev.shortName(code);
    if (met.award) return result('titleInYear', 'pass', `Đã được công nhận ${short} năm học ${yearLabel(year)} (${decision(met.award)})`, '', basis);
    const label = yearLabel(year);
    if (met.status !== 'pass' && met.verdict) {
      // Per person: the dependent title names its cause ("Không đạt LĐTT năm học …: Nghỉ 41 ngày, quá 40 ngày").
      const head = met.status === 'fail' ? `Không đạt ${short} năm học ${label}` : `Chưa đủ dữ liệu để xét ${short} năm học ${label}`;
      return result('titleInYear', met.status, `${head}${cause(met)}`, `${short} ${label}`, basis);
    }
    return cache(year, CODE[met.status], () => {
      if (met.status === 'pass') return result('titleInYear', 'pass', `Đạt ${short} năm học ${label}`, '', basis);
      const text = met.status === 'fail' ? `Không đạt ${short} năm học ${label}` : `Chưa có quyết định ${short} năm học ${label}`;
      return result('titleInYear', met.status, text, `${short} ${label}`, basis);
    });
  };
}

/** Holds `code` `times` times in a row ending in the evaluated year, `stride` years apart; any gap breaks it. */
export function consecutiveTitle(code: AwardCode, times: number, stride: number, basis: LegalBasis): StaffCheck {
  const how = stride === 1 ? `${times} năm liên tục` : `${times} lần liên tiếp`;
  const cache = resultCache();
  return (ctx) => {
    const { ev, year } = ctx;
    const chain = years(year, times, stride);
    const now = ev.titleMet(ctx.staff, code, year);
    const personal = now.status !== 'pass' && now.verdict !== undefined;
    const build = () => {
      const short = ev.shortName(code);
      const status = (y: number) => ev.titleMet(ctx.staff, code, y).status;
      const missing = chain.filter((y) => status(y) === 'fail');
      const unknown = chain.filter((y) => status(y) === 'unknown');
      // Every gap and every unknown link is named, whichever decides the outcome; the evaluated year's own
      // verdict gives its cause, except for an unknown link beside a gap (its cause is on its own row).
      const thisYear = (what: string, why: string) => `${what} ${short} năm học ${yearLabel(year)}${why}`;
      const gaps = missing.map((y) => (y === year ? thisYear('Không đạt', cause(now)) : `Thiếu danh hiệu ${short} năm học ${yearLabel(y)}`));
      const open = (why: string) =>
        unknown.map((y) => (y === year ? thisYear('Chưa đủ dữ liệu để xét', why) : `Chưa có quyết định ${short} năm học ${yearLabel(y)}`));
      if (missing.length > 0) {
        const text = [...gaps, ...(unknown.length ? [`chưa xác định: ${open('').join('; ')}`] : [])].join('; ');
        const need = chain.filter((y) => status(y) !== 'pass');
        return result('consecutiveTitle', 'fail', text, `${short} ${joinVi(need.map(yearLabel))}`, basis);
      }
      if (unknown.length > 0) return result('consecutiveTitle', 'unknown', open(cause(now)).join('; '), `${short} ${joinVi(unknown.map(yearLabel))}`, basis);
      return result('consecutiveTitle', 'pass', `Đạt ${short} ${how} (${yearLabel(chain[0] ?? year)} – ${yearLabel(year)})`, '', basis);
    };
    return personal ? build() : cache(year, statusMask(ctx, code, chain), build);
  };
}

/** Holds `code` at least `count` times in the `span` school years ending in the evaluated year. */
export function titleCountInWindow(code: AwardCode, count: number, span: number, basis: LegalBasis): StaffCheck {
  const cache = resultCache();
  return (ctx) => {
    const { ev, year } = ctx;
    const window = years(year, span, 1);
    return cache(year, statusMask(ctx, code, window), () => {
      const short = ev.shortName(code);
      const statuses = window.map((y) => ev.titleMet(ctx.staff, code, y).status);
      const held = statuses.filter((s) => s === 'pass').length;
      const unknown = window.filter((_, i) => statuses[i] === 'unknown');
      const range = `trong ${span} năm học ${yearLabel(window[0] ?? year)} – ${yearLabel(year)}`;
      const found = `Đạt ${short} ${held} lần ${range}`;
      if (held >= count) return result('titleCountInWindow', 'pass', found, '', basis);
      const need = `${held > 0 ? 'thêm ' : ''}${countWord(count - held)} lần ${short} ${range}`;
      if (held + unknown.length >= count) {
        const which = `chưa có quyết định ${short} năm học ${joinVi(unknown.map(yearLabel))}`;
        return result('titleCountInWindow', 'unknown', `${found}, cần ${count}; ${which}`, need, basis);
      }
      return result('titleCountInWindow', 'fail', `${found}, cần ít nhất ${count}`, need, basis);
    });
  };
}

function latestAwardUpTo(ctx: StaffContext, code: AwardCode, lastYear: number): { year: number; award: AwardFact } | undefined {
  let best: { year: number; award: AwardFact } | undefined;
  for (const [y, facts] of ctx.staff.byYear) {
    if (y > lastYear || (best && y <= best.year)) continue;
    const a = awardIn(facts, code);
    if (a) best = { year: y, award: a };
  }
  return best;
}

/** Was awarded `code` in a school year at least `yearsBefore` years before the evaluated one. */
export function titleAwardedBefore(code: AwardCode, yearsBefore: number, basis: LegalBasis): StaffCheck {
  const cache = resultCache();
  return (ctx) => {
    const short = ctx.ev.shortName(code);
    const last = ctx.year - yearsBefore;
    const found = latestAwardUpTo(ctx, code, last);
    if (found) {
      return result('titleAwardedBefore', 'pass', `Đã được tặng ${short} năm học ${yearLabel(found.year)} (${decision(found.award)})`, '', basis);
    }
    return cache(ctx.year, 0, () => {
      const need = `${short} từ năm học ${yearLabel(last)} trở về trước`;
      return result('titleAwardedBefore', 'fail', `Chưa được tặng ${need}`, need, basis);
    });
  };
}
