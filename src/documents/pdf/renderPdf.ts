// Renders an official document to PDF: A4, ND 30/2020 margins, embedded serif font, deterministic bytes.
import PDFDocument from 'pdfkit';
import { metadataTitle, toNfc } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { MARGIN_MM, mm } from '../pageLayout.ts';
import { drawAnnex } from './drawAnnex.ts';
import { drawBlock } from './drawBlock.ts';
import { drawHeader } from './drawHeader.ts';
import { drawSignature } from './drawSignature.ts';
import { FONT, registerSerifFonts } from './fonts.ts';
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
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: mm(MARGIN_MM.top), bottom: mm(MARGIN_MM.bottom), left: mm(MARGIN_MM.left), right: mm(MARGIN_MM.right) },
    bufferPages: true, // page numbers are written once the page count is known
    lang: 'vi-VN',
    displayTitle: true,
    // pdfkit hashes the info dictionary into the file ID: fixed values here make the output reproducible.
    info: {
      Title: metadataTitle(doc),
      Author: doc.author ?? doc.header.issuingAgency,
      Creator: 'Thi đua',
      Producer: 'Thi đua (pdfkit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  registerSerifFonts(pdf);
  pdf.font(FONT.regular);
  drawHeader(pdf, doc);
  for (const block of doc.body) drawBlock(pdf, block);
  drawSignature(pdf, doc);
  // Annexes come after the signature block and Nơi nhận, each from a new page with its own numbering.
  const restarts = (doc.annexes ?? []).map((annex) => drawAnnex(pdf, annex));
  drawPageNumbers(pdf, restarts);
  pdf.end();
  return done;
}
