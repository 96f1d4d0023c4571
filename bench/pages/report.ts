// The page benchmark's Markdown: the latest run of each scale replaces its section of docs/benchmarks.md, and one
// line per run is added to the history table, so earlier figures (before/after) stay in the file.
import { readFileSync, writeFileSync } from 'node:fs';
import type { DocumentFigure } from './documentsBench.ts';
import type { LoadFigures } from './loadRun.ts';

/** One page's figures at each connection level, each paired with the bare page's run just before it. */
export interface PageResult {
  name: string;
  path: string;
  statements: number | null;
  byLevel: Record<number, { page: LoadFigures; bare: LoadFigures }>;
}

export interface BenchReport {
  scale: 'school' | 'city';
  date: Date;
  load: number[];
  cores: number;
  node: string;
  seconds: number;
  counts: Record<string, number>;
  /** How long generating the data took, at which load, and whether this run reused an earlier run's data. */
  generation: { ms: number; load: string; at: string; reused: boolean };
  eligibility: { schools: number; verdicts: number; ms: number };
  pages: PageResult[];
  appRssMb: number;
  bareRssMb: number;
  sessionRows: number;
  documents: DocumentFigure[];
  /** PAGE_CACHE_MB of the app under test: > 0, a repeated GET is answered from the rendered-page cache (ADR 022). */
  pageCacheMb: number;
  /** The school-scale summary saved by an earlier run (JSON: page name → c=1 throughput ÷ bare), for the city run. */
  previous: string | null;
  saveTo: string;
}

/** The history table's head: each run adds its line just below it (newest first). */
export const HISTORY_HEAD =
  '| run (UTC) | scale | load average | worst c=10 req/s ×bare | worst c=10 p97.5 ×bare | app RSS after | eligibility, all staff |\n|---|---|---|---|---|---|---|';

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const r2 = (x: number) => x.toFixed(2);
const ok = (b: boolean) => (b ? '✓' : '✗');

function pageTable(r: BenchReport, school: Record<string, number> | null): string[] {
  const lines = [
    `| page | SQL/req | c=1 req/s (×bare) | c=1 p50 | c=10 req/s (×bare) | c=10 p97.5 (×bare) | c=50 req/s (×bare) | c=50 p97.5 / p99 | errors, non-2xx | target c=10 |${school ? ' c=1 time ×school (÷ bare, target ≤ 2) |' : ''}`,
    `|---|---|---|---|---|---|---|---|---|---|${school ? '---|' : ''}`,
  ];
  const bare = (c: number) => r.pages.map((p) => p.byLevel[c]?.bare).filter((b): b is LoadFigures => !!b);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  lines.push(
    `| **bare Express + EJS, 20 rows, 1 query** (median of its runs) | 1 | ${n0(med(bare(1).map((b) => b.rps)))} | ${med(bare(1).map((b) => b.p50))} ms | ${n0(med(bare(10).map((b) => b.rps)))} | ${med(bare(10).map((b) => b.p975))} ms | ${n0(med(bare(50).map((b) => b.rps)))} | ${med(bare(50).map((b) => b.p975))} / ${med(bare(50).map((b) => b.p99))} ms | ${bare(
      1,
    )
      .concat(bare(10), bare(50))
      .reduce((t, b) => t + b.errors, 0)} | — |${school ? ' — |' : ''}`,
  );
  for (const p of r.pages) {
    const [a, b, c] = [p.byLevel[1]!, p.byLevel[10]!, p.byLevel[50]!];
    const rps10 = b.page.rps / b.bare.rps;
    const p975 = b.page.p975 / Math.max(b.bare.p975, 1);
    // Load-independent: the page's c=1 throughput as a share of the bare page's in the same run, school ÷ city (the
    // two runs are minutes apart on a shared machine; raw milliseconds would compare the load averages).
    const here = a.page.rps / Math.max(a.bare.rps, 1e-9);
    const there = school?.[p.name];
    const vsSchool = there ? `${r2(there / Math.max(here, 1e-9))} ${ok(there <= 2 * here)}` : '—';
    lines.push(
      `| ${p.name} | ${p.statements ?? '—'} | ${n0(a.page.rps)} (${r2(a.page.rps / a.bare.rps)}) | ${a.page.p50} ms | ${n0(b.page.rps)} (${r2(rps10)}) | ${b.page.p975} ms (${r2(p975)}×) | ${n0(c.page.rps)} (${r2(c.page.rps / c.bare.rps)}) | ${c.page.p975} / ${c.page.p99} ms | ${a.page.errors + b.page.errors + c.page.errors} | ${ok(rps10 >= 0.5 && p975 <= 2 && b.page.rps > 0)} |${school ? ` ${vsSchool} |` : ''}`,
    );
  }
  return lines;
}

function section(r: BenchReport, school: Record<string, number> | null): string {
  const when = r.date.toISOString().slice(0, 16).replace('T', ' ');
  const load = r.load.map((x) => x.toFixed(2)).join(', ');
  const docs = r.documents.map(
    (d) =>
      `| ${d.name} | ${n0(d.oursMs)} ms | ${d.sofficeMs === null ? 'not installed' : `${n0(d.sofficeMs)} ms`} | ${d.sofficeMs === null ? '—' : `${r2(d.sofficeMs / d.oursMs)}× ${ok(d.sofficeMs >= 10 * d.oursMs)}`} |`,
  );
  return [
    `### Pages, ${r.scale} scale${r.pageCacheMb > 0 ? '' : ', page cache off'} — ${when} UTC (load average ${load}; ${r.cores} cores, Node ${r.node})`,
    '',
    r.pageCacheMb > 0
      ? `Page cache on (PAGE_CACHE_MB=${r.pageCacheMb}): each run repeats one GET, so after the first request every figure is the **hit path** — what a repeated view costs until the school's data changes; SQL/req is a rendered page's (cache off), a hit costs 1 statement.`
      : 'Page cache off (PAGE_CACHE_MB=0): every request renders its page — the **miss path**, what a first view or a view after any write costs.',
    '',
    `Data: ${Object.entries(r.counts)
      .map(([k, v]) => `${k} ${n0(v)}`)
      .join(
        ', ',
      )} — generated in ${r2(r.generation.ms / 1000)} s at load average ${r.generation.load}${r.generation.reused ? ` (by the run of ${r.generation.at} UTC; this run reused its data)` : ''}. Each run ${r.seconds} s with autocannon on loopback, page and bare page alternating. ` +
      `Target at c=10: ≥ 0.50× the bare page's throughput and p97.5 ≤ 2× the bare p97.5.`,
    '',
    ...pageTable(r, school),
    '',
    `Resident memory after the run: app **${n0(r.appRssMb)} MB** ${ok(r.appRssMb < 300)} (target < 300 MB), bare page ${n0(r.bareRssMb)} MB. Session rows after the run: ${n0(r.sessionRows)}.`,
    `Eligibility of every staff member (loading + engine, ${r.eligibility.schools} school(s), ${n0(r.eligibility.verdicts)} verdicts): ${n0(r.eligibility.ms)} ms.`,
    '',
    ...(docs.length
      ? ['| document | ours (pdfkit, median) | LibreOffice converting our DOCX | LibreOffice ÷ ours (target ≥ 10×) |', '|---|---|---|---|', ...docs]
      : ['Documents not measured in this run (BENCH_DOCUMENTS=0).']),
  ].join('\n');
}

/** Replaces the scale's section, appends a history line, and saves the c=1 p50 per page for the city comparison. */
export function writeBenchReport(file: string, r: BenchReport): void {
  const school = r.scale === 'city' && r.previous ? (JSON.parse(r.previous) as Record<string, number>) : null;
  let md = readFileSync(file, 'utf8');
  const mode = `${r.scale}${r.pageCacheMb > 0 ? '' : '-nocache'}`;
  const start = `<!-- pages:${mode}:start -->`;
  const end = `<!-- pages:${mode}:end -->`;
  const block = `${start}\n${section(r, school)}\n${end}`;
  const at = md.indexOf(start);
  md =
    at >= 0 ? md.slice(0, at) + block + md.slice(md.indexOf(end) + end.length) : md.replace('<!-- pages:sections -->', `<!-- pages:sections -->\n\n${block}`);
  const worst = r.pages.reduce((w, p) => Math.min(w, p.byLevel[10]!.page.rps / p.byLevel[10]!.bare.rps), Infinity);
  const worstP = r.pages.reduce((w, p) => Math.max(w, p.byLevel[10]!.page.p975 / Math.max(p.byLevel[10]!.bare.p975, 1)), 0);
  const history = `| ${r.date.toISOString().slice(0, 16).replace('T', ' ')} | ${r.scale}${r.pageCacheMb > 0 ? ', page cache (hit path)' : ', page cache off (miss path)'} | ${r.load.map((x) => x.toFixed(1)).join(', ')} | ${r2(worst)} | ${r2(worstP)}× | ${n0(r.appRssMb)} MB | ${n0(r.eligibility.ms)} ms |`;
  md = md.includes(HISTORY_HEAD) ? md.replace(HISTORY_HEAD, `${HISTORY_HEAD}\n${history}`) : `${md.trimEnd()}\n\n${HISTORY_HEAD}\n${history}\n`;
  writeFileSync(file, md);
  // Per page name: its c=1 throughput as a share of the bare page's (the city run's comparison).
  writeFileSync(r.saveTo, JSON.stringify(Object.fromEntries(r.pages.map((p) => [p.name, p.byLevel[1]!.page.rps / Math.max(p.byLevel[1]!.bare.rps, 1e-9)]))));
}
