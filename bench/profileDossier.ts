// Phases of the dossier's merged PDF (render parts, merge), first run in a process: node --cpu-prof --import tsx bench/profileDossier.ts
import { mergeDossierPdf } from '../src/documents/dossiers/mergeDossierPdf.ts';
import { renderDossierParts } from '../src/documents/dossiers/renderDossierParts.ts';
import { LUAT_2022_ND_152 } from '../src/domain/rules/ruleSets/luat2022Nd152.ts';
import { buildDossierInput } from '../tests/fixtures/documents/dossierInput.ts';

const input = await buildDossierInput(Number(process.env.BENCH_NOMINEES ?? 30), 1);
const parts = LUAT_2022_ND_152.dossierParts;
// The fonts loaded as a running server has them: the first part (the tờ trình) rendered once on its own.
await renderDossierParts(input, parts.slice(0, 1), { maxBytes: 1e9, withDocx: false });
for (let run = 0; run < Number(process.env.RUNS ?? 1); run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const rendered = await renderDossierParts(input, parts, { maxBytes: 1e9, withDocx: false, withFiles: false });
  const t1 = performance.now();
  const { pages } = await mergeDossierPdf(input, rendered);
  const t2 = performance.now();
  const c = process.cpuUsage(c0);

  console.log(
    `run ${run}: render ${Math.round(t1 - t0)} ms, merge ${Math.round(t2 - t1)} ms, total ${Math.round(t2 - t0)} ms wall, ${Math.round((c.user + c.system) / 1000)} ms CPU, ${pages} pages`,
  );
}
// The kernel's high-water mark of the process's resident memory (a sampler would miss peaks inside synchronous work).
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
