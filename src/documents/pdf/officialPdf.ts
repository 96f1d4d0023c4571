// The pdfkit document every PDF of the app starts from: A4, ND 30/2020 margins, Vietnamese, the embedded serif
// registered, fixed metadata dates (pdfkit hashes the info dictionary into the file ID, so fixed values keep the
// bytes reproducible), and the bytes collected in memory.
import PDFDocument from 'pdfkit';
import { MARGIN_MM, mm } from '../pageLayout.ts';
import { registerSerifFonts } from './fonts.ts';

export interface OfficialPdfInfo {
  title: string;
  author?: string;
  created: Date;
  /** Keep pages for a second pass (page numbers written once the count is known). */
  bufferPages?: boolean;
  displayTitle?: boolean;
}

/** A new document with the fonts registered, and the promise of its bytes (resolved after `pdf.end()`). */
export function officialPdf(info: OfficialPdfInfo): { pdf: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const pdf = new PDFDocument({
    size: 'A4',
    // No default font: pdfkit would otherwise parse Helvetica's AFM metrics for every document, unused here.
    font: null as unknown as string,
    margins: { top: mm(MARGIN_MM.top), bottom: mm(MARGIN_MM.bottom), left: mm(MARGIN_MM.left), right: mm(MARGIN_MM.right) },
    bufferPages: info.bufferPages ?? false,
    lang: 'vi-VN',
    displayTitle: info.displayTitle ?? false,
    info: {
      Title: info.title,
      ...(info.author === undefined ? {} : { Author: info.author }),
      Creator: 'Thi đua',
      Producer: 'Thi đua (pdfkit)',
      CreationDate: info.created,
      ModDate: info.created,
    },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  registerSerifFonts(pdf);
  return { pdf, bytes };
}
