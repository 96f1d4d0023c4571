// Statistics → view model: rates, and the geometry of server-rendered SVG bar charts (no script, no CDN).
import type { YearFigures } from './statistics.queries.ts';

export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Chart {
  width: number;
  height: number;
  bars: Bar[];
  max: number;
}

const CHART = { width: 480, height: 200, top: 20, bottom: 30, gap: 12 };

/** A bar chart of labelled values, scaled to the largest; the viewBox keeps it fluid. */
export function barChart(items: Array<{ label: string; value: number }>): Chart {
  const max = Math.max(1, ...items.map((i) => i.value));
  const inner = CHART.height - CHART.top - CHART.bottom;
  const slot = items.length ? CHART.width / items.length : CHART.width;
  const width = Math.max(8, slot - CHART.gap);
  return {
    width: CHART.width,
    height: CHART.height,
    max,
    bars: items.map((item, i) => {
      const height = Math.round((item.value / max) * inner);
      return { ...item, x: Math.round(i * slot + CHART.gap / 2), y: CHART.top + inner - height, width: Math.round(width), height };
    }),
  };
}

/** A percentage with one decimal (Vietnamese comma), or "—" when there is no base. */
export function rate(part: number, whole: number): string {
  return whole ? `${((part / whole) * 100).toFixed(1).replace('.', ',')}%` : '—';
}

/** The across-years table and charts. */
export function presentYears(rows: YearFigures[]) {
  const label = (y: number) => `${y}-${y + 1}`;
  return {
    rows: rows.map((r) => ({ ...r, label: label(r.startYear), ldttRate: rate(r.ldtt, r.staff), cstdcsRate: rate(r.cstdcs, r.staff) })),
    ldttChart: barChart(rows.map((r) => ({ label: label(r.startYear), value: r.ldtt }))),
    cstdcsChart: barChart(rows.map((r) => ({ label: label(r.startYear), value: r.cstdcs }))),
  };
}
