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

/** Renders the document to a PDF file in memory. */
export function renderPdf(input: OfficialDocument): Promise<Buffer> {
  const doc = toNfc(input);
  const created = documentDate(doc);
  const { pdf, bytes } = officialPdf({
    title: metadataTitle(doc),
    author: doc.author ?? doc.header.issuingAgency,
    created,
    bufferPages: true, // page numbers are written once the page count is known
    displayTitle: true,
  });
  pdf.font(FONT.regular);
  drawHeader(pdf, doc);
  for (const block of doc.body) drawBlock(pdf, block);
  drawSignature(pdf, doc);
  // Annexes come after the signature block and Nơi nhận, each from a new page with its own numbering.
  const restarts = (doc.annexes ?? []).map((annex) => drawAnnex(pdf, annex));
  drawPageNumbers(pdf, restarts);
  pdf.end();
  return bytes;
}
