// Renders an official document to PDF: A4, ND 30/2020 margins, embedded serif font, deterministic bytes.
import { metadataTitle, toNfc } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { drawAnnex } from './drawAnnex.ts';
import { drawBlock } from './drawBlock.ts';
import { drawHeader } from './drawHeader.ts';
import { drawSignature } from './drawSignature.ts';
import { FONT } from './fonts.ts';
import { officialPdf } from './officialPdf.ts';
import { drawPageNumbers } from './pageNumbers.ts';

/** The file's creation date: the document's own date, so the same document always gives the same bytes. */
function documentDate(doc: OfficialDocument): Date {
  const { year, month, day } = doc.header.date;
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** The index of the page being drawn on (pages are buffered). */
const currentPage = (pdf: PDFKit.PDFDocument) => pdf.bufferedPageRange().start + pdf.bufferedPageRange().count - 1;

/**
 * Draws the document from the current page, which must be fresh (a new document's first page or one just added),
 * into a pdfkit document that buffers its pages, and numbers its own pages; returns how many pages it took. The
 * merged dossier draws all its documents into one file this way, each exactly as it is drawn alone.
 */
export function drawOfficialDocument(pdf: PDFKit.PDFDocument, input: OfficialDocument): number {
  const doc = toNfc(input);
  const first = currentPage(pdf);
  pdf.font(FONT.regular).fontSize(12); // a new pdfkit document's state
  drawHeader(pdf, doc);
  for (const block of doc.body) drawBlock(pdf, block);
  drawSignature(pdf, doc);
  // Annexes come after the signature block and Nơi nhận, each from a new page with its own numbering.
  const restarts = (doc.annexes ?? []).map((annex) => drawAnnex(pdf, annex));
  const pages = currentPage(pdf) - first + 1;
  drawPageNumbers(pdf, restarts, first);
  return pages;
}

/** Renders the document to a PDF file in memory, with its page count. */
export function renderPdfCounted(input: OfficialDocument): { bytes: Promise<Buffer>; pages: number } {
  const doc = toNfc(input);
  const { pdf, bytes } = officialPdf({
    title: metadataTitle(doc),
    author: doc.author ?? doc.header.issuingAgency,
    created: documentDate(doc),
    bufferPages: true, // page numbers are written once the page count is known
    displayTitle: true,
  });
  const pages = drawOfficialDocument(pdf, doc);
  pdf.end();
  return { bytes, pages };
}

/** Renders the document to a PDF file in memory. */
export function renderPdf(input: OfficialDocument): Promise<Buffer> {
  return renderPdfCounted(input).bytes;
}
