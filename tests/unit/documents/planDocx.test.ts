// The same 2024 plan as an editable Word file: its XML, and LibreOffice's conversion of it back to PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/documents/docx/renderDocx.ts';
import { QUOC_HIEU } from '../../../src/documents/documentText.ts';
import { longTableDocument } from '../../fixtures/documents/longTableDocument.ts';
import { seedPlanDocument, seedPlanHeadings } from '../../fixtures/documents/seedPlanDocument.ts';
import { convertDocxToPdf, findSoffice, LIBREOFFICE_PACKAGE } from './support/libreOffice.ts';
import { flat, pageCount, pdfText, removeTempPdfs, writeTempPdf } from './support/pdfTools.ts';
import { readZipEntry, wordParagraphs } from './support/readZip.ts';

const soffice = findSoffice();
if (!soffice && process.env.CI === 'true') {
  throw new Error(`LibreOffice (soffice) not found: CI must install it (apt-get install --no-install-recommends ${LIBREOFFICE_PACKAGE}).`);
}
if (!soffice) console.warn(`DOCX conversion tests skipped: no LibreOffice (apt-get install --no-install-recommends ${LIBREOFFICE_PACKAGE}).`);

let docx: Buffer;
const lastBodyText = () => {
  const last = seedPlanDocument().body.at(-1);
  if (last?.kind === 'paragraph') return (last.lead ? `${last.lead} ` : '') + last.text;
  if (last?.kind === 'bullets') return '';
  throw new Error(`the plan ends with a ${last?.kind} block`);
};
let documentXml: string;

beforeAll(async () => {
  docx = await renderDocx(seedPlanDocument());
  documentXml = readZipEntry(docx, 'word/document.xml');
});

afterAll(removeTempPdfs);

describe('the 2024 plan as DOCX', () => {
  it('contains every section heading as its own paragraph, with exact diacritics', () => {
    const paragraphs = wordParagraphs(documentXml).map(flat);
    for (const heading of seedPlanHeadings()) expect(paragraphs, heading).toContain(flat(heading));
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Long Biên, ngày 05 tháng 3 năm 2024');
    expect(paragraphs).toContain('- Lưu: VT.');
  });

  it("is A4 with the decree's margins and a numbered header from page 2 only", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(documentXml).toContain('<w:titlePg/>');
    const headerIds = [...documentXml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"/g)].map((m) => m[1]);
    expect(headerIds.sort()).toEqual(['default', 'first']);
    const headers = [1, 2].map((n) => readZipEntry(docx, `word/header${n}.xml`));
    expect(headers.filter((xml) => xml.includes('PAGE'))).toHaveLength(1);
  });

  it('keeps the closing paragraph with "Nơi nhận" and the signature (no orphaned signature on the last page)', () => {
    const body = documentXml.slice(0, documentXml.indexOf('Nơi nhận'));
    const signatureTableStart = body.lastIndexOf('<w:tbl>');
    const paragraphsBefore = body.slice(0, signatureTableStart).split('<w:p>').slice(-2);
    expect(paragraphsBefore).toHaveLength(2);
    // The last body paragraph and the spacer after it are both kept with what follows (the signature table).
    for (const p of paragraphsBefore) expect(p).toContain('<w:keepNext/>');
    expect(flat(wordParagraphs(`<w:p>${paragraphsBefore[0]}`)[0] ?? '')).toBe(flat(lastBodyText()));
  });

  it('names Times New Roman as the font', () => {
    expect(readZipEntry(docx, 'word/styles.xml')).toMatch(/w:ascii="Times New Roman"/);
  });

  it("repeats a long table's header row and keeps rows whole", async () => {
    const xml = readZipEntry(await renderDocx(longTableDocument()), 'word/document.xml');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThanOrEqual(46);
  });
});

describe.runIf(soffice)('the 2024 plan DOCX opened by LibreOffice', () => {
  let pdf: string;
  beforeAll(() => {
    pdf = writeTempPdf(convertDocxToPdf(soffice ?? '', docx), 'ke-hoach-2024-docx.pdf');
  });

  it('converts to PDF with every heading and the page numbers', () => {
    // Where LibreOffice's stand-in for Times New Roman lacks Vietnamese letters it borrows them from another font,
    // and pdftotext then sees gaps inside words ("b ản"); comparing without whitespace still checks every letter.
    const solid = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    const text = solid(pdfText(pdf));
    for (const heading of seedPlanHeadings()) expect(text, heading).toContain(solid(heading));
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(pdfText(pdf, 1, 1).trimStart().split('\n')[0]?.trim()).not.toBe('1');
    expect(pdfText(pdf, 2, 2).trimStart().split('\n')[0]?.trim()).toBe('2');
  });

  it('keeps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line, whatever face stands in for Times New Roman', () => {
    const solid = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    const lines = pdfText(pdf, 1, 1).split('\n').slice(0, 8).map(solid);
    expect(
      lines.some((line) => line.includes(solid(QUOC_HIEU))),
      lines.join('\n'),
    ).toBe(true);
  });
});
