// The dossier export from a fixed input: every required part, the outline, names with exact diacritics in each part,
// page counts that match the manifest, byte-identical repeats, and the size bound.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDossier } from '../../../src/documents/dossiers/exportDossier.ts';
import { DossierTooLargeError } from '../../../src/documents/dossiers/renderDossierParts.ts';
import { nomineeParts, dossierLevelParts } from '../../../src/domain/dossiers/partsFor.ts';
import { LUAT_2022_ND_152 } from '../../../src/domain/rules/ruleSets/luat2022Nd152.ts';
import { buildDossierInput } from '../../fixtures/documents/dossierInput.ts';
import { outlineTitles } from './support/pdfOutline.ts';
import { zipEntries } from './support/zipEntries.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readPdf(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return {
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' '),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]),
  };
}

describe('dossier export', () => {
  it('holds every required part, lists them in the outline, names the nominees in each part and matches the manifest page counts', async () => {
    const input = await buildDossierInput(3, 2);
    const out = await exportDossier(input, LUAT_2022_ND_152);
    const parts = LUAT_2022_ND_152.dossierParts;
    const required = [...dossierLevelParts(parts, 'ordinary'), ...input.nominees.flatMap((n) => nomineeParts(parts, 'ordinary', n))].filter((p) => p.required);
    for (const part of required) expect(out.manifest.files.map((f) => f.part)).toContain(part.name);
    for (const n of input.nominees) {
      for (const part of nomineeParts(parts, 'ordinary', n).filter((p) => p.required))
        expect(out.manifest.files.some((f) => f.part === part.name && f.nominee === n.name)).toBe(true);
    }
    expect(out.manifest.files.find((f) => f.part.startsWith('Báo cáo thành tích cá nhân'))?.form).toBe('Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP');

    const outline = await outlineTitles(out.pdf);
    for (const part of required) expect(outline.some((t) => t.startsWith(part.name))).toBe(true);
    for (const n of input.nominees) expect(outline).toContain(`  ${n.name}`);

    const zip = await zipEntries(out.zip);
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as typeof out.manifest;
    expect(manifest).toEqual(out.manifest);
    let sum = 0;
    for (const f of manifest.files.filter((x) => x.name.endsWith('.pdf'))) {
      const bytes = zip.get(f.name)!;
      expect(bytes.length).toBe(f.size);
      const { text, pages } = readPdf(f.name, bytes);
      expect(pages).toBe(f.pages);
      sum += pages;
      if (f.nominee && !f.name.includes('minh-chung')) expect(text).toContain(f.nominee);
      if (f.part.startsWith('Tờ trình') || f.part.startsWith('Biên bản kiểm phiếu')) for (const n of input.nominees) expect(text).toContain(n.name);
    }
    for (const f of manifest.files.filter((x) => x.name.endsWith('.docx'))) expect(zip.has(f.name)).toBe(true);
    const merged = readPdf('merged.pdf', out.pdf);
    expect(merged.pages).toBe(manifest.merged.pages);
    expect(merged.pages).toBe(sum + 2); // cover and one page of contents
    expect(merged.text).toContain('MỤC LỤC');
    expect(merged.text).toContain(`${merged.pages}/${merged.pages}`); // the running page number of the last page
  });

  it('gives byte-identical PDF and ZIP for unchanged data', async () => {
    const a = await exportDossier(await buildDossierInput(2, 1), LUAT_2022_ND_152);
    const b = await exportDossier(await buildDossierInput(2, 1), LUAT_2022_ND_152);
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect(a.zip.equals(b.zip)).toBe(true);
    const changed = await buildDossierInput(2, 1);
    changed.version = 2;
    expect(Buffer.from((await exportDossier(changed, LUAT_2022_ND_152)).pdf).equals(Buffer.from(a.pdf))).toBe(false);
  });

  it('refuses a dossier above the size bound with a clear message, before reading the file that passes it', async () => {
    const input = await buildDossierInput(1, 1);
    let read = false;
    input.nominees[0]!.evidence = [{ fileName: 'ban-scan.pdf', size: 500_000_000, sha256: '', read: () => ((read = true), Promise.resolve(new Uint8Array())) }];
    const error = await exportDossier(input, LUAT_2022_ND_152, { maxBytes: 10_000_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierTooLargeError);
    expect((error as Error).message).toContain('ban-scan.pdf');
    expect(read).toBe(false);
  });
});
