// Page numbers centred in the top margin from page 2 on; ND 30/2020 leaves page 1 unnumbered. Each phụ lục is
// numbered on its own (its first page, like the document's, shows no number).
import { MARGIN_MM, mm, SIZE } from '../pageLayout.ts';
import { contentBox, useFont } from './pdfFlow.ts';

/**
 * Numbers every buffered page from `from` (the document's first page) on but the first of each run; `restarts` are
 * the page indexes where an annex begins.
 */
export function drawPageNumbers(pdf: PDFKit.PDFDocument, restarts: readonly number[] = [], from = pdf.bufferedPageRange().start): void {
  const range = pdf.bufferedPageRange();
  let runStart = from;
  for (let i = from; i < range.start + range.count; i++) {
    if (restarts.includes(i)) runStart = i;
    if (i === runStart) continue;
    pdf.switchToPage(i);
    const box = contentBox(pdf);
    useFont(pdf, 'regular', SIZE.pageNumber);
    // Vertically centred in the top margin.
    const y = (mm(MARGIN_MM.top) - pdf.currentLineHeight()) / 2;
    pdf.text(String(i - runStart + 1), box.left, y, { width: box.width, align: 'center', lineBreak: false });
  }
}
