// The dossier ZIP stores the PDF and DOCX files as they are (their content is compressed inside already; deflating
// them again at level 9 started a zlib deflater per entry at once, the export's memory peak) and deflates the rest.
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../src/documents/dossiers/exportDossier.ts';
import { LUAT_2022_ND_152 } from '../../../src/domain/rules/ruleSets/luat2022Nd152.ts';
import { buildDossierInput } from '../../fixtures/documents/dossierInput.ts';

describe('dossier ZIP', () => {
  it('stores PDF and DOCX entries and deflates the manifest', async () => {
    const out = await exportDossier(await buildDossierInput(1, 1), LUAT_2022_ND_152);
    const zip = await yauzl.fromBufferPromise(out.zip);
    const methods = new Map<string, number>();
    for await (const entry of zip.eachEntry()) methods.set(entry.fileName, entry.compressionMethod);
    zip.close();
    const files = [...methods.keys()];
    expect(files.some((f) => f.endsWith('.pdf')) && files.some((f) => f.endsWith('.docx'))).toBe(true);
    for (const [name, method] of methods) expect([name, method]).toEqual([name, name === 'manifest.json' ? 8 : 0]);
  });
});
