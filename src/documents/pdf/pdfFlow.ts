// Small helpers for laying text out in the page's content box with pdfkit.
import { FONT, type FontStyle } from './fonts.ts';

/** The text area of the current page, in points. */
export interface ContentBox {
  left: number;
  width: number;
  right: number;
  top: number;
  bottom: number;
}

/** The current page's area inside the margins. */
export function contentBox(pdf: PDFKit.PDFDocument): ContentBox {
  const { margins, width, height } = pdf.page;
  return {
    left: margins.left,
    right: width - margins.right,
    width: width - margins.left - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
  };
}

/** Selects one of the embedded serif styles at a size. */
export function useFont(pdf: PDFKit.PDFDocument, style: FontStyle, size: number): PDFKit.PDFDocument {
  return pdf.font(FONT[style]).fontSize(size);
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(pdf: PDFKit.PDFDocument, height: number): void {
  if (pdf.y + height > contentBox(pdf).bottom) pdf.addPage();
}

/** Centred text in a column [x, x + width]; returns the y below it. */
export function centred(pdf: PDFKit.PDFDocument, text: string, x: number, y: number, width: number): number {
  pdf.text(text, x, y, { width, align: 'center' });
  return pdf.y;
}

/** A horizontal rule of `length` points centred in [x, x + width] at height y. */
export function centredRule(pdf: PDFKit.PDFDocument, x: number, width: number, y: number, length: number): void {
  const start = x + (width - length) / 2;
  pdf
    .save()
    .lineWidth(0.6)
    .moveTo(start, y)
    .lineTo(start + length, y)
    .stroke()
    .restore();
}
