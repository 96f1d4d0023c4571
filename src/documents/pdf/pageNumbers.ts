// Page numbers centred in the top margin from page 2 on; ND 30/2020 leaves page 1 unnumbered.
import { MARGIN_MM, mm, SIZE } from '../pageLayout.ts';
import { contentBox, useFont } from './pdfFlow.ts';

/** Numbers every buffered page but the first; call once all content is drawn (needs bufferPages). */
export function drawPageNumbers(pdf: PDFKit.PDFDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const box = contentBox(pdf);
    useFont(pdf, 'regular', SIZE.pageNumber);
    // Vertically centred in the top margin.
    const y = (mm(MARGIN_MM.top) - pdf.currentLineHeight()) / 2;
    pdf.text(String(i + 1), box.left, y, { width: box.width, align: 'center', lineBreak: false });
  }
}
