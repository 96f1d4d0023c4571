// Renders every entry of a dossier to its files (PDF and DOCX for a document, the uploaded PDF for evidence),
// one at a time, reporting progress and refusing a dossier above the size bound before reading what would pass it.
// The merged PDF does not need the documents' own files (mergeDossierPdf draws them into one document), so they can
// be left out; evidence is always read and parsed, its pages are copied into the merged PDF.
import type { PDFDocument } from 'pdf-lib';
import type { DossierInput } from '../../domain/dossiers/dossierInput.ts';
import type { DossierPartDefinition } from '../../domain/rules/ruleSetTypes.ts';
import { renderPdfCounted } from '../pdf/renderPdf.ts';
import { imageEvidencePage, loadEvidencePdf } from './evidencePages.ts';
import { planDossier, type DossierEntry } from './planDossier.ts';
import { renderStableDocx } from './stableDocx.ts';

/** Thrown when the evidence would take the dossier over its size bound; the message is shown as is. */
export class DossierTooLargeError extends Error {
  constructor(
    readonly limitBytes: number,
    readonly fileName: string,
  ) {
    super(`Hồ sơ vượt quá giới hạn ${Math.round(limitBytes / 1024 / 1024)} MB khi thêm tệp "${fileName}". Hãy giảm dung lượng hoặc bớt tệp minh chứng.`);
  }
}

/** Thrown when an uploaded evidence file is not a readable, unencrypted PDF. */
export class EvidenceUnreadableError extends Error {
  constructor(readonly fileName: string) {
    super(`Tệp minh chứng "${fileName}" không phải PDF đọc được (hỏng hoặc có mật khẩu).`);
  }
}

export interface RenderedEntry {
  entry: DossierEntry;
  /** The entry's own PDF file; null for a document when its files were not asked for. */
  pdf: Uint8Array | null;
  docx: Buffer | null;
  /** Pages of the entry's own PDF (null when it was not rendered: the merged PDF counts them as it draws). */
  pages: number | null;
  /** An evidence file parsed, kept so merging does not parse it again; null for a document. */
  parsed: PDFDocument | null;
}

export interface RenderOptions {
  /** Bound on the sum of all part files, in bytes. */
  maxBytes: number;
  /** Called before each entry: how many are done, the total, the label of the one being rendered. */
  onProgress?: (done: number, total: number, label: string) => void | Promise<void>;
  /** Skip the DOCX files (the merged PDF alone does not need them). */
  withDocx?: boolean;
  /** Skip the documents' own PDF and DOCX files (the merged PDF alone does not need them). */
  withFiles?: boolean;
}

/** The dossier's creation date, from its data: the day it is dated, at noon UTC (the same day in Vietnam). */
export function dossierDate(d: DossierInput): Date {
  return new Date(Date.UTC(d.date.year, d.date.month - 1, d.date.day, 12));
}

/** An evidence entry's pages: the uploaded PDF as it is, or an image on its A4 page (read from storage now, alone). */
async function evidencePages(entry: DossierEntry, created: Date): Promise<Uint8Array> {
  if (entry.source.kind !== 'evidence') throw new Error('not an evidence entry');
  const { file } = entry.source;
  // A stored file that no longer matches its recorded size and digest is refused, not merged.
  const bytes = await file.read().catch(() => {
    throw new EvidenceUnreadableError(file.fileName);
  });
  if ((file.mimeType ?? 'application/pdf') === 'application/pdf') return bytes;
  return imageEvidencePage(bytes, `Tài liệu minh chứng của ${entry.nominee?.name ?? ''}: ${file.fileName}`, created);
}

/** Renders every entry of the dossier in filing order. */
export async function renderDossierParts(d: DossierInput, parts: readonly DossierPartDefinition[], options: RenderOptions): Promise<RenderedEntry[]> {
  const entries = planDossier(d, parts);
  const created = dossierDate(d);
  const out: RenderedEntry[] = [];
  let bytes = 0;
  for (const [i, entry] of entries.entries()) {
    await options.onProgress?.(i, entries.length, entry.label);
    if (entry.source.kind === 'evidence') {
      const file = entry.source.file;
      if (bytes + file.size > options.maxBytes) throw new DossierTooLargeError(options.maxBytes, file.fileName);
      const pdf = await evidencePages(entry, created);
      bytes += pdf.length;
      if (bytes > options.maxBytes) throw new DossierTooLargeError(options.maxBytes, `${entry.file}.pdf`);
      const parsed = await loadEvidencePdf(pdf);
      if (typeof parsed === 'string') throw new EvidenceUnreadableError(file.fileName);
      out.push({ entry, pdf, docx: null, pages: parsed.getPageCount(), parsed });
    } else if (options.withFiles === false) {
      out.push({ entry, pdf: null, docx: null, pages: null, parsed: null });
    } else {
      const { bytes: rendering, pages } = renderPdfCounted(entry.source.doc);
      const pdf = await rendering;
      const docx = options.withDocx !== false ? await renderStableDocx(entry.source.doc, created) : null;
      bytes += pdf.length + (docx?.length ?? 0);
      if (bytes > options.maxBytes) throw new DossierTooLargeError(options.maxBytes, `${entry.file}.pdf`);
      out.push({ entry, pdf, docx, pages, parsed: null });
    }
  }
  await options.onProgress?.(entries.length, entries.length, '');
  return out;
}
