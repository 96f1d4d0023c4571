// Criteria of a collective in the evaluated year. Percentages are over all of that year's members; a member
// with unknown facts keeps the outcome unknown only while it could still change it.
import type { AwardCode, DisciplineLevel, Rating } from '../facts.ts';
import { DISCIPLINE_LABEL, DISCIPLINE_ORDER, RATING_ORDER, formatIsoDate, joinVi, pctText, ratingAtLeastLabel, yearLabel } from '../labels.ts';
import type { LegalBasis } from '../ruleSetTypes.ts';
import type { CriterionStatus } from '../verdict.ts';
import { type CollectiveCheck, type CollectiveContext, result } from './context.ts';

const NO_MEMBERS = (year: number) => `Tập thể không có thành viên năm học ${yearLabel(year)}`;
const NO_RECORD = (year: number) => `Chưa có dữ liệu tập thể năm học ${yearLabel(year)}`;

/** Counts members passing a per-member test: pass, unknown, and the names of those failing. */
function tally(ctx: CollectiveContext, test: (id: string) => { status: CriterionStatus; failText?: string }) {
  let pass = 0;
  let unknown = 0;
  const failed: string[] = [];
  for (const id of ctx.current?.memberIds ?? []) {
    const t = test(id);
    if (t.status === 'pass') pass++;
    else if (t.status === 'unknown') unknown++;
    else if (t.failText) failed.push(t.failText);
  }
  return { pass, unknown, failed, total: ctx.current?.memberIds.length ?? 0 };
}

function atLeastPct(k: number, total: number, pct: number): boolean {
  return k * 100 >= pct * total; // exact for whole-number percentages: 7 of 10 meets 70%
}

/** The collective's own rating is at least `min`. */
export function collectiveRatingAtLeast(min: Rating, basis: LegalBasis): CollectiveCheck {
  const want = ratingAtLeastLabel(min);
  return ({ current, year }) => {
    const label = yearLabel(year);
    const need = `tập thể xếp loại ${want} năm học ${label}`; // collectives are few: no need to save this string
    const r = current?.rating;
    if (!r) return result('collectiveRatingAtLeast', 'unknown', `Chưa có xếp loại tập thể năm học ${label}`, need, basis);
    return RATING_ORDER[r] >= RATING_ORDER[min]
      ? result('collectiveRatingAtLeast', 'pass', `Tập thể xếp loại ${r} năm học ${label}`, '', basis)
      : result('collectiveRatingAtLeast', 'fail', `Tập thể xếp loại ${r} năm học ${label}, chưa đạt ${want}`, need, basis);
  };
}

/** How many of the year's members hold `code` (pass), do not (fail), or cannot be told yet (unknown). */
function tallyMembersHolding(ctx: Parameters<CollectiveCheck>[0], code: AwardCode) {
  return tally(ctx, (id) => {
    const s = ctx.ev.staffById(id);
    return { status: s ? ctx.ev.titleMet(s, code, ctx.year).status : 'unknown' };
  });
}

/** At least `pct`% of the members hold `code` in the year. */
export function membersTitlePct(code: AwardCode, pct: number, basis: LegalBasis): CollectiveCheck {
  return (ctx) => {
    const short = ctx.ev.shortName(code);
    if (!ctx.current) return result('membersTitlePct', 'unknown', NO_RECORD(ctx.year), `thành viên đạt ${short}`, basis);
    const t = tallyMembersHolding(ctx, code);
    if (t.total === 0) return result('membersTitlePct', 'fail', NO_MEMBERS(ctx.year), `thành viên đạt ${short}`, basis);
    const need = `tối thiểu ${pctText(pct, 100)}% thành viên đạt ${short} (${Math.ceil((pct * t.total) / 100)}/${t.total})`;
    const have = `${t.pass}/${t.total} thành viên (${pctText(t.pass, t.total)}%) đạt ${short}`;
    if (atLeastPct(t.pass, t.total, pct)) return result('membersTitlePct', 'pass', `${have}, đạt tối thiểu ${pctText(pct, 100)}%`, '', basis);
    if (!atLeastPct(t.pass + t.unknown, t.total, pct)) {
      return result('membersTitlePct', 'fail', `${have}, chưa đạt ${pctText(pct, 100)}%`, need, basis);
    }
    return result('membersTitlePct', 'unknown', `${have}; ${t.unknown} thành viên chưa đủ dữ liệu`, need, basis);
  };
}

/** At least `count` members hold `code` in the year. */
export function membersTitleCount(code: AwardCode, count: number, basis: LegalBasis): CollectiveCheck {
  return (ctx) => {
    const short = ctx.ev.shortName(code);
    if (!ctx.current) return result('membersTitleCount', 'unknown', NO_RECORD(ctx.year), `thành viên đạt ${short}`, basis);
    const t = tallyMembersHolding(ctx, code);
    const have = `${t.pass} thành viên đạt ${short}`;
    const need = `tối thiểu ${count} thành viên đạt ${short}`;
    if (t.pass >= count) return result('membersTitleCount', 'pass', `${have}, tối thiểu ${count}`, '', basis);
    if (t.pass + t.unknown < count) return result('membersTitleCount', 'fail', `${have}, cần tối thiểu ${count}`, need, basis);
    return result('membersTitleCount', 'unknown', `${have}; ${t.unknown} thành viên chưa đủ dữ liệu`, need, basis);
  };
}

/** At least `pct`% of the members are rated `min` or better. */
export function membersRatingPct(min: Rating, pct: number, basis: LegalBasis): CollectiveCheck {
  const want = ratingAtLeastLabel(min);
  return (ctx) => {
    if (!ctx.current) return result('membersRatingPct', 'unknown', NO_RECORD(ctx.year), `thành viên xếp loại ${want}`, basis);
    const t = tally(ctx, (id) => {
      const s = ctx.ev.staffById(id);
      const r = s?.byYear.get(ctx.year)?.rating;
      if (!s || !r) return { status: 'unknown' };
      return RATING_ORDER[r] >= RATING_ORDER[min] ? { status: 'pass' } : { status: 'fail', failText: `${s.name} (${r})` };
    });
    if (t.total === 0) return result('membersRatingPct', 'fail', NO_MEMBERS(ctx.year), `thành viên xếp loại ${want}`, basis);
    const need = `${pct >= 100 ? 'mọi' : `tối thiểu ${pctText(pct, 100)}%`} thành viên xếp loại ${want}`;
    const have = `${t.pass}/${t.total} thành viên xếp loại ${want}`;
    if (atLeastPct(t.pass, t.total, pct)) return result('membersRatingPct', 'pass', have, '', basis);
    if (!atLeastPct(t.pass + t.unknown, t.total, pct)) {
      return result('membersRatingPct', 'fail', `${have}; chưa đạt: ${joinVi(t.failed)}`, need, basis);
    }
    return result('membersRatingPct', 'unknown', `${have}; ${t.unknown} thành viên chưa có xếp loại`, need, basis);
  };
}

/** No member disciplined at `from` or above in the year; null switches the check off. */
export function noMemberDisciplineFrom(from: DisciplineLevel | null, basis: LegalBasis): CollectiveCheck {
  if (from === null) {
    return () => result('noMemberDisciplineFrom', 'pass', 'Không áp dụng điều kiện kỷ luật thành viên (theo cấu hình)', '', basis);
  }
  const rank = DISCIPLINE_ORDER[from];
  return (ctx) => {
    if (!ctx.current) return result('noMemberDisciplineFrom', 'unknown', NO_RECORD(ctx.year), 'dữ liệu kỷ luật của thành viên', basis);
    const t = tally(ctx, (id) => {
      const s = ctx.ev.staffById(id);
      const d = s?.byYear.get(ctx.year)?.disciplines;
      if (!s || !d) return { status: 'unknown' };
      const hit = d.find((x) => DISCIPLINE_ORDER[x.level] >= rank);
      return hit ? { status: 'fail', failText: `${s.name} bị ${DISCIPLINE_LABEL[hit.level]} ngày ${formatIsoDate(hit.date)}` } : { status: 'pass' };
    });
    const label = yearLabel(ctx.year);
    const need = `không thành viên nào bị kỷ luật từ ${DISCIPLINE_LABEL[from]} trở lên năm học ${label}`;
    if (t.failed.length > 0) return result('noMemberDisciplineFrom', 'fail', `Có thành viên bị kỷ luật: ${joinVi(t.failed)}`, need, basis);
    if (t.unknown > 0) return result('noMemberDisciplineFrom', 'unknown', `${t.unknown} thành viên chưa có dữ liệu kỷ luật năm học ${label}`, need, basis);
    return result('noMemberDisciplineFrom', 'pass', `Không thành viên nào bị kỷ luật từ ${DISCIPLINE_LABEL[from]} trở lên năm học ${label}`, '', basis);
  };
}
