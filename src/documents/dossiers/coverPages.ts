// The dossier's cover page and table of contents (pdfkit, the same embedded serif as every document). The contents
// give each entry's first page in the merged file; the caller renders twice when the contents' own length moves
// the page numbers.
import { officialPdf } from '../pdf/officialPdf.ts';
import { contentBox, useFont } from '../pdf/pdfFlow.ts';

export interface CoverData {
  parentAgency: string;
  school: string;
  title: string; // "HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG"
  lines: string[]; // year, receiver, version, rule set
  placeAndDate: string;
  created: Date;
}

export interface ContentsLine {
  label: string;
  page: number;
  level: 0 | 1 | 2;
}

/** Renders the cover (page 1) and the contents (from page 2) as one PDF, with its page count. */
export function renderCoverPages(cover: CoverData, contents: ContentsLine[]): { bytes: Promise<Buffer>; pages: number } {
  const { pdf, bytes } = officialPdf({ title: cover.title, created: cover.created });
  const pages = drawCoverPages(pdf, cover, contents);
  pdf.end();
  return { bytes, pages };
}

/**
 * How many pages the cover and contents take, drawn but not written out (no fonts embedded, nothing compressed):
 * the merge needs the count before it can number the contents.
 */
export function coverPageCount(cover: CoverData, contents: ContentsLine[]): number {
  const { pdf } = officialPdf({ title: cover.title, created: cover.created });
  return drawCoverPages(pdf, cover, contents);
}

function drawCoverPages(pdf: PDFKit.PDFDocument, cover: CoverData, contents: ContentsLine[]): number {
  let pages = 1;
  pdf.on('pageAdded', () => pages++);
  const box = contentBox(pdf);
  useFont(pdf, 'regular', 13).text(cover.parentAgency.toLocaleUpperCase('vi'), box.left, box.top + 20, { width: box.width, align: 'center' });
  useFont(pdf, 'bold', 13).text(cover.school.toLocaleUpperCase('vi'), { width: box.width, align: 'center' });
  useFont(pdf, 'bold', 20).text(cover.title, box.left, box.top + 250, { width: box.width, align: 'center' });
  pdf.moveDown(1);
  useFont(pdf, 'regular', 14);
  for (const line of cover.lines) pdf.text(line, { width: box.width, align: 'center' });
  useFont(pdf, 'italic', 13).text(cover.placeAndDate, box.left, box.bottom - 40, { width: box.width, align: 'center' });

  pdf.addPage();
  useFont(pdf, 'bold', 14).text('MỤC LỤC', { width: box.width, align: 'center' });
  pdf.moveDown(0.8);
  for (const line of contents) {
    useFont(pdf, line.level === 0 ? 'bold' : 'regular', 12);
    const indent = line.level * 18;
    const y = pdf.y;
    if (y + pdf.currentLineHeight() > box.bottom) pdf.addPage();
    const top = pdf.y;
    pdf.text(line.label, box.left + indent, top, { width: box.width - indent - 50 });
    const after = pdf.y;
    pdf.text(String(line.page), box.right - 45, top, { width: 45, align: 'right', lineBreak: false });
    pdf.y = after + 2;
  }
  return pages;
}
