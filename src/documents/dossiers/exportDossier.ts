// One dossier export: the merged PDF, the ZIP of every part (PDF and DOCX) with manifest.json, and the figures of
// the on-screen receipt. Pure over its input: no clock, no database; the same input gives the same bytes.
import { createHash } from 'node:crypto';
import { DEFAULT_MAX_DOSSIER_BYTES, type DossierInput } from '../../domain/dossiers/dossierInput.ts';
import type { RuleSet } from '../../domain/rules/ruleSetTypes.ts';
import { yearLabel } from '../council/councilMeetingData.ts';
import { mergeDossierPdf } from './mergeDossierPdf.ts';
import { dossierDate, renderDossierParts, type RenderOptions } from './renderDossierParts.ts';
import { writeZip, type ZipEntry } from './zipWriter.ts';

export interface ManifestFile {
  name: string;
  part: string;
  form: string | null;
  nominee: string | null;
  pages: number | null;
  size: number;
  sha256: string;
  /** For uploaded evidence: the file as uploaded (an image's A4 page is a new file; a PDF is the upload itself). */
  upload?: { fileName: string; mimeType: string; size: number; sha256: string };
}

export interface DossierManifest {
  school: string;
  schoolYear: string;
  receiver: string;
  ruleSet: string;
  procedure: DossierInput['procedure'];
  version: number;
  date: string; // YYYY-MM-DD
  nominees: number;
  merged: { name: string; pages: number; size: number; sha256: string };
  files: ManifestFile[];
}

export interface DossierExport {
  pdf: Uint8Array;
  zip: Buffer;
  manifest: DossierManifest;
  pdfName: string;
  zipName: string;
}

export { DEFAULT_MAX_DOSSIER_BYTES };

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Exports dossier `d` under `ruleSet`: merged PDF, ZIP with manifest, and the manifest itself for the receipt. */
export async function exportDossier(d: DossierInput, ruleSet: RuleSet, options: Partial<RenderOptions> = {}): Promise<DossierExport> {
  const rendered = await renderDossierParts(d, ruleSet.dossierParts, { maxBytes: d.maxBytes ?? DEFAULT_MAX_DOSSIER_BYTES, ...options, withDocx: true });
  const { pdf, pages } = await mergeDossierPdf(d, rendered);
  const base = `ho-so-khen-thuong-${yearLabel(d.startYear)}-v${d.version}`;
  const entries: ZipEntry[] = [];
  const files: ManifestFile[] = [];
  for (const r of rendered) {
    const source = r.entry.source;
    const upload =
      source.kind === 'evidence'
        ? {
            upload: { fileName: source.file.fileName, mimeType: source.file.mimeType ?? 'application/pdf', size: source.file.size, sha256: source.file.sha256 },
          }
        : {};
    const common = { part: r.entry.part.name, form: r.entry.part.form, nominee: r.entry.nominee?.name ?? null };
    if (!r.pdf) throw new Error(`no file rendered for ${r.entry.file}`);
    entries.push({ name: `${r.entry.file}.pdf`, data: r.pdf, store: true });
    files.push({ name: `${r.entry.file}.pdf`, ...common, pages: r.pages, size: r.pdf.length, sha256: sha256(r.pdf), ...upload });
    if (r.docx) {
      entries.push({ name: `${r.entry.file}.docx`, data: r.docx, store: true });
      files.push({ name: `${r.entry.file}.docx`, ...common, pages: null, size: r.docx.length, sha256: sha256(r.docx) });
    }
  }
  const date = dossierDate(d);
  const manifest: DossierManifest = {
    school: d.school.name,
    schoolYear: yearLabel(d.startYear),
    receiver: d.receiver,
    ruleSet: ruleSet.name,
    procedure: d.procedure,
    version: d.version,
    date: date.toISOString().slice(0, 10),
    nominees: d.nominees.length,
    merged: { name: `${base}.pdf`, pages, size: pdf.length, sha256: sha256(pdf) },
    files,
  };
  entries.push({ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') });
  return { pdf, zip: await writeZip(entries, date), manifest, pdfName: `${base}.pdf`, zipName: `${base}.zip` };
}
