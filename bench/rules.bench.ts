// Benchmark of the eligibility engine (not a unit test): 16,000 staff with 10 years of history, 5 individual
// titles evaluated for the latest year, plus the collectives. Run: node --import tsx bench/rules.bench.ts
import os from 'node:os';
import { type AwardCode, type EngineFacts, RULE_SETS, createEvaluation, evaluateAll, indexFacts } from '../src/domain/rules/index.ts';
import { generateStaffFacts } from './generateStaffFacts.ts';

const STAFF = Number(process.env.BENCH_STAFF ?? 16_000);
const YEARS = 10;
const LAST_YEAR = 2024;
const TITLES: AwardCode[] = ['LDTT', 'CSTDCS', 'CSTD_TP', 'BK_UBND_TP', 'BK_TTG'];

function run(facts: EngineFacts): { staffMs: number; staffCpuMs: number; collectiveMs: number; counts: Record<string, number> } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = indexFacts(facts);
  const ev = createEvaluation(index, RULE_SETS, { year: LAST_YEAR });
  const verdicts = evaluateAll(ev, index.staff.keys(), TITLES);
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const collectiveVerdicts = evaluateAll(ev, index.collectives.keys(), ['TTLDTT', 'TTLDXS']);
  const t2 = performance.now();
  const counts: Record<string, number> = {};
  for (const v of [...verdicts, ...collectiveVerdicts]) counts[`${v.title}:${v.status}`] = (counts[`${v.title}:${v.status}`] ?? 0) + 1;
  return { staffMs: t1 - t0, staffCpuMs: (cpu.user + cpu.system) / 1000, collectiveMs: t2 - t1, counts };
}

const facts = generateStaffFacts(20240531, STAFF, YEARS, LAST_YEAR);
const cold = run(facts);
const warm = [run(facts), run(facts), run(facts)].map((r) => r.staffMs).sort((a, b) => a - b);
const fmt = (ms: number) => `${Math.round(ms)} ms`;
console.log(
  `${STAFF} staff × ${TITLES.length} titles, ${YEARS} years: ${fmt(cold.staffMs)} ` +
    `(first run, wall clock; process CPU ${fmt(cold.staffCpuMs)}; warm median ${fmt(warm[1] ?? 0)})`,
);
console.log(`${facts.collectives.length} collectives × 2 titles (member verdicts reused): ${fmt(cold.collectiveMs)}`);
console.log(`Node ${process.version}; verdicts by title and status:`, cold.counts);
if (cold.staffMs >= 2000) {
  console.error(`Slower than the 2 s target (if the machine is busy, compare the CPU figure; load average ${os.loadavg()[0]?.toFixed(1)}).`);
  process.exitCode = 1;
}
