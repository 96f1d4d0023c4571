// The first-page header as a borderless two-column table, then the centred type name and trích yếu.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { dateLine } from '../dateLine.ts';
import { numberLine, QUOC_HIEU, TIEU_NGU } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { RIGHT_COLUMN_SHARE, SIZE } from '../pageLayout.ts';
import { balanceLines } from '../balanceLines.ts';
import { centredLine, centredRule, estimateWidthTwips, runs } from './docxStyle.ts';

/** The header table's left and right cell margins: none, so a column's whole width holds its centred lines. */
const HEADER_CELL_MARGIN = 0;
// Room kept free on each side of a broken agency name (Word's usual cell margin, 0.19 cm), in twips: the name never
// runs up to the Quốc hiệu.
const NAME_AIR = 108;

/**
 * The width of the Quốc hiệu in the widest face it may be set in, in em: 24.4 in DejaVu Serif Bold, which
 * LibreOffice falls back to where neither Times New Roman nor a face with its metrics (Liberation Serif, Tinos) is
 * installed; it is 20.7 em in Times New Roman. Word cannot be asked how wide the line is, so the right column is made
 * wide enough for the widest case and the line stays on one line in every office suite (ND 30: one line, 12–13 pt).
 */
export const QUOC_HIEU_WIDEST_EM = 24.4;

/** The right column's width in twips: RIGHT_COLUMN_SHARE of the text, or more where the Quốc hiệu needs it. */
export function rightColumnTwips(textWidth: number): number {
  // 2 % more for LibreOffice's rounding of glyph advances.
  const needed = Math.ceil(QUOC_HIEU_WIDEST_EM * SIZE.quocHieu * 20 * 1.02) + 2 * HEADER_CELL_MARGIN;
  return Math.max(Math.round(textWidth * RIGHT_COLUMN_SHARE), needed);
}

// Word cannot be asked how wide a line is; this estimate only picks where a long agency name breaks,
// the same way the PDF does ("TRƯỜNG TIỂU HỌC / LÝ THƯỜNG KIỆT"), instead of Word's greedy wrap.
function breakName(text: string, columnTwips: number, sizePt: number): string {
  return balanceLines(text, columnTwips - 2 * NAME_AIR, (s) => estimateWidthTwips(s, sizePt)).join('\n');
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** Header table (agency | Quốc hiệu, Tiêu ngữ; số | date) followed by the type name and trích yếu. */
export function headerParts(doc: OfficialDocument, textWidth: number): (Table | Paragraph)[] {
  const { header } = doc;
  const right = rightColumnTwips(textWidth);
  const left = textWidth - right;
  const agency = breakName(header.issuingAgency, left, SIZE.issuingAgency);
  const agencyLines = [
    ...(header.parentAgency ? [centredLine(breakName(header.parentAgency, left, SIZE.parentAgency), { size: SIZE.parentAgency })] : []),
    centredLine(agency, { size: SIZE.issuingAgency, bold: true }),
    centredRule(Math.min(left, estimateWidthTwips(agency, SIZE.issuingAgency)) * 0.4, left),
  ];
  const nationLines = [
    centredLine(QUOC_HIEU, { size: SIZE.quocHieu, bold: true }),
    // Underlining the run draws the rule exactly as long as the Tiêu ngữ, as ND 30 asks.
    centredLine(TIEU_NGU, { size: SIZE.tieuNgu, bold: true, underline: true }),
  ];
  const table = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    // Fixed: the columns keep their widths whatever the text (Word's autofit would size them to the words).
    layout: TableLayoutType.FIXED,
    margins: { left: HEADER_CELL_MARGIN, right: HEADER_CELL_MARGIN },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(agencyLines, left), cell(nationLines, right)] }),
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({
                spacing: { before: 120 },
                alignment: AlignmentType.CENTER,
                children: runs(numberLine(header.number, header.unnumbered), { size: SIZE.number }),
              }),
              ...(doc.letter ? [centredLine(breakName(doc.summary, left, SIZE.letterSummary), { size: SIZE.letterSummary })] : []),
            ],
            left,
          ),
          cell(
            [
              new Paragraph({
                spacing: { before: 120 },
                alignment: AlignmentType.CENTER,
                children: runs(dateLine(header.place, header.date), { size: SIZE.dateLine, italics: true }),
              }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
  if (doc.letter) return [table, ...addresseeLines(doc.letter.addressees)];
  return [
    table,
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, children: runs(doc.typeName, { size: SIZE.typeName, bold: true }) }),
    centredLine(doc.summary, { size: SIZE.summary, bold: true }),
    centredRule(Math.min(textWidth, estimateWidthTwips(doc.summary, SIZE.summary)) * 0.4, textWidth),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** "Kính gửi: …" of a công văn, centred; several addressees as a list under the label. */
function addresseeLines(addressees: string[]): Paragraph[] {
  const line = (text: string, before = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0 }, children: runs(text, { size: SIZE.body }) });
  const lines = addressees.length === 1 ? [line(`Kính gửi: ${addressees[0]}`, 360)] : [line('Kính gửi:', 360), ...addressees.map((a) => line(`- ${a}`))];
  return [...lines, new Paragraph({ spacing: { after: 120 }, children: [] })];
}
