// A phụ lục after the signature block (ND 30/2020, Phụ lục I): a new page, "Phụ lục" centred in bold, the title in
// bold capitals, the italic "(Kèm theo …)" line, then the annex's blocks.
import type { Annex } from '../model.ts';
import { PARAGRAPH_AFTER_PT, SIZE } from '../pageLayout.ts';
import { drawBlock } from './drawBlock.ts';
import { centred, contentBox, useFont } from './pdfFlow.ts';

/** Draws one annex from a new page; returns the index of that page (its numbering starts again there). */
export function drawAnnex(pdf: PDFKit.PDFDocument, annex: Annex): number {
  pdf.addPage();
  const first = pdf.bufferedPageRange().start + pdf.bufferedPageRange().count - 1;
  const box = contentBox(pdf);
  let y = centred(useFont(pdf, 'bold', 14), annex.label, box.left, box.top, box.width);
  y = centred(useFont(pdf, 'bold', SIZE.summary), annex.title, box.left, y, box.width);
  y = centred(useFont(pdf, 'italic', 14), annex.reference, box.left, y, box.width);
  pdf.x = box.left;
  pdf.y = y + 2 * PARAGRAPH_AFTER_PT;
  for (const block of annex.body) drawBlock(pdf, block);
  return first;
}
