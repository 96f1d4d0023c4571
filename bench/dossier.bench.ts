// Benchmark of the dossier export (not a unit test): 30 nominees with merged evidence, about 100 pages. Prints the
// wall and CPU time of our renderer (merged PDF only, and the full export with DOCX and ZIP), peak RSS, and LibreOffice
// converting the same documents from DOCX in one batch (soffice --headless --convert-to pdf), measured in the same run.
// Run: npm run bench:dossier, i.e. node --max-old-space-size=256 --import tsx bench/dossier.bench.ts: the heap
// ceiling of the server (package.json "start", scripts/start.mjs), in which the export job runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportDossier } from '../src/documents/dossiers/exportDossier.ts';
import { mergeDossierPdf } from '../src/documents/dossiers/mergeDossierPdf.ts';
import { renderDossierParts } from '../src/documents/dossiers/renderDossierParts.ts';
import { LUAT_2022_ND_152 } from '../src/domain/rules/ruleSets/luat2022Nd152.ts';
import { buildDossierInput } from '../tests/fixtures/documents/dossierInput.ts';

const NOMINEES = Number(process.env.BENCH_NOMINEES ?? 30);
const input = await buildDossierInput(NOMINEES, 1);
const parts = LUAT_2022_ND_152.dossierParts;

const time = async <T>(fn: () => Promise<T>) => {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const cpu = process.cpuUsage(cpu0);
  return { value, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
};

// The fonts loaded as a running server has them: the first part (the tờ trình) rendered once on its own.
await renderDossierParts(input, parts.slice(0, 1), { maxBytes: 1e9, withDocx: false });
const pdfOnly = await time(async () => mergeDossierPdf(input, await renderDossierParts(input, parts, { maxBytes: 1e9, withDocx: false, withFiles: false })));
const full = await time(() => exportDossier(input, LUAT_2022_ND_152));
// The kernel's high-water mark of resident memory so far (module loading, input, both renders); a timer sampling
// process.memoryUsage() would miss the peaks inside synchronous work.
const peak = process.resourceUsage().maxRSS * 1024;

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-dossier-'));
let soffice: { ms: number; files: number } | string;
try {
  const rendered = await renderDossierParts(input, parts, { maxBytes: 1e9, withDocx: true });
  const docs = rendered.filter((r) => r.docx);
  for (const r of docs) writeFileSync(path.join(dir, `${r.entry.file}.docx`), r.docx!);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => path.join(dir, f));
  const t0 = performance.now();
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'pipe',
    timeout: 900_000,
  });
  soffice = { ms: performance.now() - t0, files: files.length };
} catch (error) {
  soffice = `LibreOffice not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (ms: number) => `${Math.round(ms)} ms`;
const load = os.loadavg()[0]!.toFixed(1);
console.log(`Dossier export benchmark: ${NOMINEES} nominees, ${pdfOnly.value.pages} pages (load average ${load} on ${os.cpus().length} cores)`);
console.log(`  merged PDF (render + merge): ${fmt(pdfOnly.ms)} wall, ${fmt(pdfOnly.cpuMs)} CPU  [target < 2000 ms]`);
console.log(`  full export (PDF + DOCX + ZIP): ${fmt(full.ms)} wall, ${fmt(full.cpuMs)} CPU, ${full.value.manifest.files.length} files`);
console.log(`  peak RSS: ${Math.round(peak / 1024 / 1024)} MB  [target < 300 MB]`);
if (typeof soffice === 'string') console.log(`  ${soffice}`);
else
  console.log(
    `  LibreOffice DOCX → PDF, ${soffice.files} files in one batch: ${fmt(soffice.ms)} wall → ours is ${(soffice.ms / pdfOnly.ms).toFixed(1)}× faster  [target ≥ 10×]`,
  );

// A missed target fails the run (npm run bench stops there), so a regression cannot pass unnoticed.
const missed = [
  pdfOnly.ms >= 2000 && `merged PDF ${fmt(pdfOnly.ms)} ≥ 2000 ms`,
  peak >= 300 * 1024 * 1024 && `peak RSS ${Math.round(peak / 1024 / 1024)} MB ≥ 300 MB`,
  typeof soffice !== 'string' && soffice.ms / pdfOnly.ms < 10 && `only ${(soffice.ms / pdfOnly.ms).toFixed(1)}× faster than LibreOffice (< 10×)`,
].filter(Boolean);
if (missed.length) {
  console.log(`  TARGET MISSED: ${missed.join('; ')}`);
  process.exitCode = 1;
}
