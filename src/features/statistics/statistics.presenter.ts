// Statistics → view model: rates, the front-line share, year-over-year changes, commendations by level, and the
// charts drawn from them (statisticsCharts.ts). The same model feeds the page, its print view, the XLSX and the
// yearly report.
import { COMMENDATION_LEVELS, commendationLevel, isEmulationTitle, type CommendationLevel } from '../../domain/statistics/commendationLevel.ts';
import { isFrontLine } from '../../domain/statistics/frontLine.ts';
import type { YearFigures } from './statistics.queries.ts';
import { barChart, percentLineChart, percentText } from './statisticsCharts.ts';

export { barChart } from './statisticsCharts.ts';

/** A percentage with one decimal (Vietnamese comma), or "—" when there is no base. */
export function rate(part: number, whole: number): string {
  return whole ? percentText((part / whole) * 100) : '—';
}

const pct = (part: number, whole: number) => (whole ? (part / whole) * 100 : null);

/** "+2", "−1", "0"; "" for the first year (nothing to compare with). */
function change(now: number, before: number | undefined): string {
  if (before === undefined) return '';
  const d = now - before;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
}

/** "+3,5 điểm" style change of a rate in percentage points; "" when either year has no base. */
function pointChange(now: number | null, before: number | null | undefined): string {
  if (now === null || before === null || before === undefined) return '';
  const d = now - before;
  const text = Math.abs(d).toFixed(1).replace('.', ',');
  return d > 0.05 ? `+${text}` : d < -0.05 ? `−${text}` : '0,0';
}

export const yearLabel = (y: number) => `${y}-${y + 1}`;

/** One school year's figures with rates, the front-line share and the change from the year before. */
export interface YearRow extends YearFigures {
  label: string;
  ldttRate: string;
  cstdcsRate: string;
  commended: number;
  frontLine: number;
  frontLineRate: string;
  ldttChange: string;
  cstdcsChange: string;
  commendedChange: string;
  frontLinePoints: string;
}

/** The across-years table and charts. */
export function presentYears(rows: YearFigures[], commendedByPosition: Array<{ startYear: number; position: string; people: number }> = []) {
  const commended = new Map<number, { all: number; frontLine: number }>();
  for (const c of commendedByPosition) {
    const y = commended.get(c.startYear) ?? { all: 0, frontLine: 0 };
    y.all += c.people;
    if (isFrontLine(c.position)) y.frontLine += c.people;
    commended.set(c.startYear, y);
  }
  const out: YearRow[] = rows.map((r, i) => {
    const c = commended.get(r.startYear) ?? { all: 0, frontLine: 0 };
    const prev = rows[i - 1];
    const prevC = prev ? (commended.get(prev.startYear) ?? { all: 0, frontLine: 0 }) : undefined;
    return {
      ...r,
      label: yearLabel(r.startYear),
      ldttRate: rate(r.ldtt, r.staff),
      cstdcsRate: rate(r.cstdcs, r.staff),
      commended: c.all,
      frontLine: c.frontLine,
      frontLineRate: rate(c.frontLine, c.all),
      ldttChange: change(r.ldtt, prev?.ldtt),
      cstdcsChange: change(r.cstdcs, prev?.cstdcs),
      commendedChange: change(c.all, prevC?.all),
      frontLinePoints: prevC ? pointChange(pct(c.frontLine, c.all), pct(prevC.frontLine, prevC.all)) : '',
    };
  });
  return {
    rows: out,
    ldttChart: barChart(out.map((r) => ({ label: r.label, value: r.ldtt }))),
    cstdcsChart: barChart(out.map((r) => ({ label: r.label, value: r.cstdcs }))),
    trendSeries: {
      ldtt: out.map((r) => pct(r.ldtt, r.staff)),
      cstdcs: out.map((r) => pct(r.cstdcs, r.staff)),
      frontLine: out.map((r) => pct(r.frontLine, r.commended)),
    },
  };
}

/** The trend chart: LĐTT rate, CSTĐCS rate and the front-line share, named in the viewer's language. */
export function trendChart(years: ReturnType<typeof presentYears>, names: { ldtt: string; cstdcs: string; frontLine: string }) {
  return percentLineChart(
    years.rows.map((r) => r.label),
    [
      { name: names.ldtt, values: years.trendSeries.ldtt },
      { name: names.cstdcs, values: years.trendSeries.cstdcs },
      { name: names.frontLine, values: years.trendSeries.frontLine },
    ],
  );
}

export interface LevelRow {
  level: CommendationLevel;
  titles: number;
  forms: number;
  total: number;
}

/** One year's awards by the level of the deciding authority, titles (danh hiệu) and forms (hình thức) apart. */
export function presentLevels(awards: Array<{ code: string; issuer: string; count: number }>) {
  const rows = new Map<CommendationLevel, LevelRow>(COMMENDATION_LEVELS.map((level) => [level, { level, titles: 0, forms: 0, total: 0 }]));
  for (const a of awards) {
    const row = rows.get(commendationLevel(a.code, a.issuer))!;
    if (isEmulationTitle(a.code)) row.titles += a.count;
    else row.forms += a.count;
    row.total += a.count;
  }
  const levels = [...rows.values()];
  return { levels, totals: { titles: levels.reduce((s, r) => s + r.titles, 0), forms: levels.reduce((s, r) => s + r.forms, 0) } };
}
