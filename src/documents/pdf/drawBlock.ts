// Body blocks: justified paragraphs with a first-line indent, numbered headings, "- " lists, spacers.
import { bulletLine, headingLine } from '../documentText.ts';
import type { Block, HeadingBlock } from '../model.ts';
import { FIRST_LINE_INDENT_MM, LINE_GAP_PT, mm, PARAGRAPH_AFTER_PT, SIZE } from '../pageLayout.ts';
import type { FontStyle } from './fonts.ts';
import { drawTable } from './drawTable.ts';
import { contentBox, ensureSpace, useFont } from './pdfFlow.ts';

const HEADING_STYLE: Record<HeadingBlock['level'], FontStyle> = {
  1: 'bold',
  2: 'bold',
  3: 'boldItalic',
  4: 'italic',
};

// pdfkit justifies by measuring a line's words glued together, so the kerning between the last letter of one
// word and the first of the next is counted but never drawn, and justified lines overrun the right margin by up
// to a point. Without kerning (Word's default too) measured and drawn widths agree. fontkit accepts the object
// form { kern: false }, which @types/pdfkit does not describe.
const NO_KERNING = { kern: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

function bodyOptions(pdf: PDFKit.PDFDocument): PDFKit.Mixins.TextOptions {
  return {
    features: NO_KERNING,
    width: contentBox(pdf).width,
    align: 'justify',
    indent: mm(FIRST_LINE_INDENT_MM),
    lineGap: LINE_GAP_PT,
    paragraphGap: PARAGRAPH_AFTER_PT,
  };
}

/** One body line's height, used to keep headings with what follows and avoid one-line orphans. */
function lineHeight(pdf: PDFKit.PDFDocument): number {
  return useFont(pdf, 'regular', SIZE.body).currentLineHeight(true) + LINE_GAP_PT;
}

function paragraph(pdf: PDFKit.PDFDocument, text: string, lead?: string): void {
  // Two lines must fit, or the paragraph starts on the next page: a single stranded line reads badly.
  ensureSpace(pdf, 2 * lineHeight(pdf));
  const x = contentBox(pdf).left;
  if (lead) {
    useFont(pdf, 'bold', SIZE.body).text(`${lead} `, x, pdf.y, { ...bodyOptions(pdf), continued: true });
    useFont(pdf, 'regular', SIZE.body).text(text, bodyOptions(pdf));
  } else {
    useFont(pdf, 'regular', SIZE.body).text(text, x, pdf.y, bodyOptions(pdf));
  }
}

function heading(pdf: PDFKit.PDFDocument, block: HeadingBlock): void {
  const text = headingLine(block);
  useFont(pdf, HEADING_STYLE[block.level], SIZE.body);
  // Keep the heading with at least two lines of what follows it.
  ensureSpace(pdf, pdf.heightOfString(text, bodyOptions(pdf)) + 2 * lineHeight(pdf));
  useFont(pdf, HEADING_STYLE[block.level], SIZE.body).text(text, contentBox(pdf).left, pdf.y, bodyOptions(pdf));
}

/** Draws one body block at the current position, breaking pages as needed. */
export function drawBlock(pdf: PDFKit.PDFDocument, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      paragraph(pdf, block.text, block.lead);
      break;
    case 'heading':
      heading(pdf, block);
      break;
    case 'bullets':
      for (const item of block.items) paragraph(pdf, bulletLine(item));
      break;
    case 'table':
      drawTable(pdf, block);
      break;
    case 'spacer':
      pdf.y += block.points ?? lineHeight(pdf);
      if (pdf.y > contentBox(pdf).bottom) pdf.addPage();
      break;
    case 'pageBreak':
      pdf.addPage();
      break;
  }
}
