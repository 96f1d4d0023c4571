// Tables: the header row is drawn again at the top of every page the table reaches, and a row that does
// not fit in the space left moves whole to the next page, so no row is ever cut in two.
import type { TableBlock } from '../model.ts';
import { PARAGRAPH_AFTER_PT, SIZE } from '../pageLayout.ts';
import { contentBox, useFont } from './pdfFlow.ts';

const PAD_X = 4;
const PAD_Y = 3;

interface Geometry {
  x: number[];
  widths: number[];
}

/**
 * Column widths from the table's shares, widened where a heading word would not fit on one line ("STT" broke into
 * "ST/T" in a 6 % column): the missing width is taken from the columns with room to spare, in proportion.
 */
function geometry(pdf: PDFKit.PDFDocument, table: TableBlock): Geometry {
  const box = contentBox(pdf);
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => (box.width * c.width) / total);
  useFont(pdf, 'bold', SIZE.table);
  const needed = table.columns.map((c) => Math.max(0, ...c.title.split(/\s+/).map((word) => pdf.widthOfString(word))) + 2 * PAD_X + 1);
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (needed[i] ?? 0) - w), 0);
  const slack = widths.reduce((sum, w, i) => sum + Math.max(0, w - (needed[i] ?? 0)), 0);
  if (deficit > 0 && slack > deficit) {
    widths.forEach((w, i) => {
      const need = needed[i] ?? 0;
      widths[i] = w < need ? need : w - (deficit * (w - need)) / slack;
    });
  }
  const x = widths.map((_, i) => box.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return { x, widths };
}

function rowHeight(pdf: PDFKit.PDFDocument, cells: string[], g: Geometry): number {
  const heights = g.widths.map((w, i) => pdf.heightOfString(cells[i] ?? '', { width: w - 2 * PAD_X }));
  return Math.max(...heights) + 2 * PAD_Y;
}

function drawRow(pdf: PDFKit.PDFDocument, table: TableBlock, cells: string[], g: Geometry, y: number, h: number, isHeader: boolean): void {
  g.widths.forEach((w, i) => {
    const x = g.x[i] ?? 0;
    pdf.save().lineWidth(0.5).rect(x, y, w, h).stroke().restore();
    const align = isHeader ? 'center' : (table.columns[i]?.align ?? 'left');
    pdf.text(cells[i] ?? '', x + PAD_X, y + PAD_Y, { width: w - 2 * PAD_X, align });
  });
}

/** Draws a table from the current y, repeating its header row on each new page. */
export function drawTable(pdf: PDFKit.PDFDocument, table: TableBlock): void {
  const g = geometry(pdf, table);
  const titles = table.columns.map((c) => c.title);
  const headerHeight = rowHeight(useFont(pdf, 'bold', SIZE.table), titles, g);
  const header = (y: number) => {
    drawRow(useFont(pdf, 'bold', SIZE.table), table, titles, g, y, headerHeight, true);
    return y + headerHeight;
  };

  const firstRow = table.rows[0];
  const firstHeight = firstRow ? rowHeight(useFont(pdf, 'regular', SIZE.table), firstRow, g) : 0;
  // A header stranded at the foot of a page without a row under it is useless: move both on.
  if (pdf.y + headerHeight + firstHeight > contentBox(pdf).bottom) pdf.addPage();
  let y = header(pdf.y);

  for (const cells of table.rows) {
    const h = rowHeight(useFont(pdf, 'regular', SIZE.table), cells, g);
    if (y + h > contentBox(pdf).bottom) {
      pdf.addPage();
      y = header(contentBox(pdf).top);
      if (y + h > contentBox(pdf).bottom) {
        // Splitting a row would break the "rows stay whole" promise; such a row needs a different layout.
        throw new RangeError(`A table row is taller than a page (${Math.round(h)} pt): shorten its cells.`);
      }
    }
    drawRow(useFont(pdf, 'regular', SIZE.table), table, cells, g, y, h, false);
    y += h;
  }
  pdf.x = contentBox(pdf).left;
  pdf.y = y + PARAGRAPH_AFTER_PT;
}
