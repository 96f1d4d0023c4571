// The first-page header as a borderless two-column table, then the centred type name and trích yếu.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType } from 'docx';
import { dateLine } from '../dateLine.ts';
import { numberLine, QUOC_HIEU, TIEU_NGU } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { RIGHT_COLUMN_SHARE, SIZE } from '../pageLayout.ts';
import { balanceLines } from '../balanceLines.ts';
import { centredLine, centredRule, estimateWidthTwips, runs } from './docxStyle.ts';

// Word's default left and right cell margins (0.19 cm), in twips.
const CELL_MARGIN = 108;

// Word cannot be asked how wide a line is; this estimate only picks where a long agency name breaks,
// the same way the PDF does ("TRƯỜNG TIỂU HỌC / LÝ THƯỜNG KIỆT"), instead of Word's greedy wrap.
function breakName(text: string, columnTwips: number, sizePt: number): string {
  return balanceLines(text, columnTwips - 2 * CELL_MARGIN, (s) => estimateWidthTwips(s, sizePt)).join('\n');
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** Header table (agency | Quốc hiệu, Tiêu ngữ; số | date) followed by the type name and trích yếu. */
export function headerParts(doc: OfficialDocument, textWidth: number): (Table | Paragraph)[] {
  const { header } = doc;
  const right = Math.round(textWidth * RIGHT_COLUMN_SHARE);
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
