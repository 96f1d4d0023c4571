// "Nơi nhận" (left) and the signature block (right) side by side in a borderless, unsplittable table.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType } from 'docx';
import { NOI_NHAN, recipientLines } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { SIGNATURE_COLUMN_SHARE, SIGNATURE_SPACE_MM, SIZE } from '../pageLayout.ts';
import { centredLine, runs, twips } from './docxStyle.ts';

/** The foot of the document as one table row that Word keeps on a single page. */
export function signatureTable(doc: OfficialDocument, textWidth: number): Table {
  const right = Math.round(textWidth * SIGNATURE_COLUMN_SHARE);
  const left = textWidth - right;
  const { signature } = doc;
  const recipients = [
    new Paragraph({
      spacing: { after: 0 },
      children: runs(doc.recipients.length || doc.archive.length ? NOI_NHAN : '', { size: SIZE.recipientsLabel, bold: true, italics: true }),
    }),
    ...recipientLines(doc.recipients, doc.archive).map(
      (line) => new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 0 }, children: runs(line, { size: SIZE.recipients }) }),
    ),
  ];
  const signer = [
    ...[signature.authority, signature.title].filter((t): t is string => Boolean(t)).map((t) => centredLine(t, { size: SIZE.signature, bold: true })),
    // The blank space for the handwritten signature and the seal is the name paragraph's space before.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: twips(SIGNATURE_SPACE_MM), after: 0 },
      children: runs(signature.name, { size: SIZE.signature, bold: true }),
    }),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          // No left cell margin: "Nơi nhận" starts exactly at the left text margin, as in the PDF.
          new TableCell({ width: { size: left, type: WidthType.DXA }, margins: { left: 0 }, children: recipients }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, children: signer }),
        ],
      }),
    ],
  });
}
