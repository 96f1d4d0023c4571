// Each official document rendered by the app (pdfkit) against LibreOffice converting the app's own DOCX of it
// (soffice --headless --convert-to pdf), in paired runs: ours, then LibreOffice, `rounds` times; medians reported.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initiativeCertificateDocument } from '../../src/documents/initiatives/initiativeCertificateDocument.ts';
import { initiativeDecisionDocument } from '../../src/documents/initiatives/initiativeDecisionDocument.ts';
import { initiativeMinutesDocument } from '../../src/documents/initiatives/initiativeMinutesDocument.ts';
import type { OfficialDocument } from '../../src/documents/model.ts';
import { renderDocx } from '../../src/documents/docx/renderDocx.ts';
import { renderPdf } from '../../src/documents/pdf/renderPdf.ts';
import { councilData } from '../../tests/fixtures/documents/initiativeCouncilData.ts';
import { seedPlanDocument } from '../../tests/fixtures/documents/seedPlanDocument.ts';

export interface DocumentFigure {
  name: string;
  oursMs: number;
  sofficeMs: number | null;
}

const DOCUMENTS: Array<[string, () => OfficialDocument]> = [
  ['Kế hoạch thi đua (6 trang)', seedPlanDocument],
  ['Quyết định công nhận sáng kiến', () => initiativeDecisionDocument(councilData)],
  ['Biên bản hội đồng sáng kiến', () => initiativeMinutesDocument(councilData)],
  ['Giấy chứng nhận sáng kiến', () => initiativeCertificateDocument(councilData, councilData.rows[0]!, 0)],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = async (fn: () => unknown) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

/** Paired timings per document; LibreOffice's figure is null when soffice is not installed. */
export async function benchDocuments(rounds = 3): Promise<DocumentFigure[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-docs-'));
  const soffice = (file: string) =>
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  try {
    const out: DocumentFigure[] = [];
    let haveSoffice = true;
    for (const [name, build] of DOCUMENTS) {
      const model = build();
      await renderPdf(model); // warm: fonts and code paths
      const file = path.join(dir, `${out.length}.docx`);
      writeFileSync(file, await renderDocx(model));
      try {
        if (haveSoffice && out.length === 0) soffice(file); // the profile is created on the first conversion
      } catch {
        haveSoffice = false;
      }
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < rounds; i++) {
        ours.push(await timed(() => renderPdf(model)));
        if (haveSoffice) theirs.push(await timed(() => soffice(file)));
      }
      out.push({ name, oursMs: median(ours), sofficeMs: haveSoffice ? median(theirs) : null });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
