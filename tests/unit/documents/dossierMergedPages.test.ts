// The merged dossier PDF draws the app's own documents into one document (mergeDossierPdf.ts): every page must look
// exactly like the same page of the part's own file in the ZIP (above the running page number the merge adds), and
// the merged file must carry the serif subsets once (and the cover's), not a set per document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDossier } from '../../../src/documents/dossiers/exportDossier.ts';
import { LUAT_2022_ND_152 } from '../../../src/domain/rules/ruleSets/luat2022Nd152.ts';
import { buildDossierInput } from '../../fixtures/documents/dossierInput.ts';
import { zipEntries } from './support/zipEntries.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-merged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Page `page` (1-based) of `file` as a greyscale bitmap at 30 dpi, cut above the footer band (bottom 40 pt). */
function pageBitmap(file: string, page: number): Buffer {
  const out = path.join(dir, `${path.basename(file)}-${page}`);
  // A4 at 30 dpi is 248 × 351 px; the merge's page number sits 22 pt (9 px) above the bottom edge.
  execFileSync('pdftoppm', [
    '-r',
    '30',
    '-gray',
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    '0',
    '-y',
    '0',
    '-W',
    '248',
    '-H',
    '334',
    '-singlefile',
    file,
    out,
  ]);
  return readFileSync(`${out}.pgm`);
}

describe('merged dossier PDF', () => {
  it('shows every page of every part as the part’s own file does, and embeds each serif style once', async () => {
    const out = await exportDossier(await buildDossierInput(3, 1), LUAT_2022_ND_152);
    const merged = path.join(dir, 'merged.pdf');
    writeFileSync(merged, out.pdf);
    const zip = await zipEntries(out.zip);
    let page = 3; // after the cover and one page of contents
    let compared = 0;
    for (const f of out.manifest.files.filter((x) => x.name.endsWith('.pdf'))) {
      const own = path.join(dir, f.name);
      writeFileSync(own, zip.get(f.name)!);
      for (let p = 1; p <= f.pages!; p++, page++) {
        if (f.upload) continue; // evidence is copied as uploaded, not drawn
        expect(pageBitmap(merged, page).equals(pageBitmap(own, p)), `${f.name} page ${p} (merged page ${page})`).toBe(true);
        compared++;
      }
    }
    expect(page - 1).toBe(out.manifest.merged.pages);
    expect(compared).toBeGreaterThan(10);

    const fonts = execFileSync('pdffonts', [merged], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes('Tinos'));
    // The cover's file and the documents' file, up to four styles each (one set per document before: 40 here).
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(8);
  });
});
