// Uploaded evidence as pages of the dossier: a PDF goes in as it is (pdf-lib copies its pages), a JPEG or PNG photo
// or scan is placed on its own A4 page under a caption naming the nominee and the file. Anything else (DOCX, XLSX,
// GIF, WebP) has no page of its own and is named by the completeness check instead.
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import type { EvidenceProblem } from '../../domain/dossiers/dossierInput.ts';
import { officialPdf } from '../pdf/officialPdf.ts';
import { contentBox, useFont } from '../pdf/pdfFlow.ts';

const PDF = 'application/pdf';
/** The image types pdfkit embeds as they are (JPEG as DCT, PNG decoded and re-compressed losslessly). */
export const PAGE_IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png'];

/** Whether a file of `mimeType` can become pages of the merged PDF. */
export const mergeable = (mimeType: string | undefined) => (mimeType ?? PDF) === PDF || PAGE_IMAGE_TYPES.includes(mimeType!);

/** What inspecting an upload found: its page count in the dossier, or why it cannot be merged. */
export type EvidenceInspection = { problem: null; pages: number } | { problem: EvidenceProblem; pages: null };

/**
 * Parses an uploaded PDF: encrypted (even with an empty user password, its streams could not be copied) or damaged.
 * An upload is parsed at pdf-lib's default pace (it yields to the event loop every 100 objects); `fast` parses in
 * one go, for the small files the app rendered itself.
 */
export async function loadEvidencePdf(bytes: Uint8Array, fast = false): Promise<PDFDocument | EvidenceProblem> {
  try {
    // Loaded with ignoreEncryption so that encryption is told apart from damage by the flag, not by an error class
    // (pdf-lib's compiled error classes do not survive instanceof).
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, ...(fast ? { parseSpeed: ParseSpeeds.Fastest } : {}) });
    if (doc.isEncrypted) return 'encrypted';
    // pdf-lib recovers what it can from a damaged file; one with no page tree left has nothing to merge.
    return doc.getPageCount() > 0 ? doc : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

/** Places an image on an A4 page below `caption` (fitted inside the ND 30 margins, centred); the bytes are deterministic. */
export async function imageEvidencePage(image: Uint8Array, caption: string, created: Date): Promise<Buffer> {
  const { pdf, bytes } = officialPdf({ title: caption, created });
  const box = contentBox(pdf);
  useFont(pdf, 'italic', 11).text(caption, box.left, box.top, { width: box.width, align: 'center' });
  const top = pdf.y + 8;
  pdf.image(Buffer.from(image), box.left, top, { fit: [box.width, box.bottom - top], align: 'center' });
  pdf.end();
  return bytes;
}

/** Inspects one upload of type `mimeType`: the pages it adds, or its problem. An image is tried on its page. */
export async function inspectEvidence(bytes: Uint8Array, mimeType: string | undefined): Promise<EvidenceInspection> {
  if (!mergeable(mimeType)) return { problem: 'unsupported', pages: null };
  if ((mimeType ?? PDF) !== PDF) {
    try {
      await imageEvidencePage(bytes, '', new Date(0));
      return { problem: null, pages: 1 };
    } catch {
      return { problem: 'corrupt', pages: null };
    }
  }
  const doc = await loadEvidencePdf(bytes);
  return typeof doc === 'string' ? { problem: doc, pages: null } : { problem: null, pages: doc.getPageCount() };
}
