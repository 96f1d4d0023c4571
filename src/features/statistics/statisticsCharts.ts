// The geometry of server-rendered SVG charts (no script, no CDN): bars for counts, lines for rates across years.
// Views draw these numbers; each chart is shown beside the table holding the same data.

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

export interface LineSeries {
  name: string;
  /** Stroke pattern, so series differ by more than colour. */
  dash: string;
  colour: string;
  points: Array<{ x: number; y: number; value: number | null; text: string }>;
  /** The polyline's points attribute (years without a value are skipped). */
  path: string;
}
export interface LineChart {
  width: number;
  height: number;
  labels: Array<{ x: number; text: string }>;
  grid: Array<{ y: number; text: string }>;
  series: LineSeries[];
}

const LINE = { width: 480, height: 220, top: 16, bottom: 30, left: 44, right: 40 };
const STYLES = [
  { colour: '#a1171b', dash: '' },
  { colour: '#1f4e79', dash: '6 4' },
  { colour: '#3b6d11', dash: '2 3' },
];

/** Percentages (0–100) of several series over the same labels; null where a year has no base. */
export function percentLineChart(labels: string[], series: Array<{ name: string; values: Array<number | null> }>): LineChart {
  const inner = { w: LINE.width - LINE.left - LINE.right, h: LINE.height - LINE.top - LINE.bottom };
  const step = labels.length > 1 ? inner.w / (labels.length - 1) : 0;
  const xOf = (i: number) => Math.round(LINE.left + (labels.length > 1 ? i * step : inner.w / 2));
  const yOf = (v: number) => Math.round(LINE.top + inner.h - (Math.min(100, Math.max(0, v)) / 100) * inner.h);
  return {
    width: LINE.width,
    height: LINE.height,
    labels: labels.map((text, i) => ({ x: xOf(i), text })),
    grid: [0, 25, 50, 75, 100].map((v) => ({ y: yOf(v), text: `${v}%` })),
    series: series.map((s, k) => {
      const points = s.values.map((value, i) => ({ x: xOf(i), y: value === null ? 0 : yOf(value), value, text: value === null ? '—' : percentText(value) }));
      const drawn = points.filter((p) => p.value !== null);
      return { name: s.name, ...STYLES[k % STYLES.length]!, points: drawn, path: drawn.map((p) => `${p.x},${p.y}`).join(' ') };
    }),
  };
}

/** "71,4%": one decimal with the Vietnamese comma. */
export function percentText(value: number): string {
  return `${value.toFixed(1).replace('.', ',')}%`;
}
