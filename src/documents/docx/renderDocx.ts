// Renders the same document model as an editable Word file: A4, ND 30/2020 margins, Times New Roman,
// page numbers centred at the top from page 2 (a different, empty first-page header).
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, BorderStyle } from 'docx';
import { metadataTitle, toNfc } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { MARGIN_MM, PAGE_MM, SIZE } from '../pageLayout.ts';
import { blockElements } from './blockElements.ts';
import { centredLine, DOCX_FONT, runs, twips } from './docxStyle.ts';
import { headerParts } from './headerParts.ts';
import { signatureTable } from './signatureTable.ts';

/** A4 with the ND 30 margins; page 1 of the section gets the empty "first" header (ND 30 does not number it). */
function sectionProperties(restartNumbering: boolean) {
  return {
    titlePage: true,
    page: {
      size: { width: twips(PAGE_MM.width), height: twips(PAGE_MM.height) },
      margin: {
        top: twips(MARGIN_MM.top),
        bottom: twips(MARGIN_MM.bottom),
        left: twips(MARGIN_MM.left),
        right: twips(MARGIN_MM.right),
        header: twips(MARGIN_MM.top / 2 - 2.5),
        footer: twips(MARGIN_MM.bottom / 2),
      },
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

function pageHeaders() {
  return { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) };
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber * 2 })] })],
  });
}

/** Renders the document to a .docx file in memory. */
export async function renderDocx(input: OfficialDocument): Promise<Buffer> {
  const doc = toNfc(input);
  const textWidth = twips(PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right);
  const word = new Document({
    title: metadataTitle(doc),
    creator: doc.author ?? doc.header.issuingAgency,
    styles: {
      default: { document: { run: { font: DOCX_FONT, size: SIZE.body * 2, language: { value: 'vi-VN' } } } },
    },
    sections: [
      {
        properties: sectionProperties(false),
        headers: pageHeaders(),
        children: [
          ...(doc.draft
            ? [
                new Paragraph({
                  border: {
                    top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
                    bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
                    left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
                    right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
                  },
                  children: [new TextRun({ text: 'DỰ THẢO', bold: true })],
                }),
              ]
            : []),
          ...headerParts(doc, textWidth),
          ...doc.body.flatMap((block, i) => blockElements(block, textWidth, i === doc.body.length - 1)),
          new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [] }),
          signatureTable(doc, textWidth),
        ],
      },
      // Each phụ lục is a section of its own after the signature: a new page, numbered again from 1.
      ...(doc.annexes ?? []).map((annex) => ({
        properties: sectionProperties(true),
        headers: pageHeaders(),
        children: [
          centredLine(annex.label, { size: 14, bold: true }),
          centredLine(annex.title, { size: SIZE.summary, bold: true }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(annex.reference, { size: 14, italics: true }) }),
          ...annex.body.flatMap((block) => blockElements(block, textWidth)),
        ],
      })),
    ],
  });
  return Packer.toBuffer(word);
}
