// First-page header of ND 30/2020: agency (left) and Quốc hiệu, Tiêu ngữ (right); số and date line; title.
import { dateLine } from '../dateLine.ts';
import { numberLine, QUOC_HIEU, TIEU_NGU } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { RIGHT_COLUMN_SHARE, SIZE } from '../pageLayout.ts';
import { balanceLines } from '../balanceLines.ts';
import { centred, centredRule, contentBox, useFont, type ContentBox } from './pdfFlow.ts';

// The line under the agency name and under the trích yếu is 1/3–1/2 of the text: we take 40 %.
const SHORT_RULE = 0.4;
export const DRAFT_MARK = 'DỰ THẢO';

/** Draws the two-column header, the số/date row and the centred type name and trích yếu; leaves y below. */
export function drawHeader(pdf: PDFKit.PDFDocument, doc: OfficialDocument): void {
  const box = contentBox(pdf);
  const { header } = doc;
  const date = dateLine(header.place, header.date);

  // The right column is as wide as its longest line needs, so Quốc hiệu never wraps whatever the font.
  const needed = Math.max(
    useFont(pdf, 'bold', SIZE.quocHieu).widthOfString(QUOC_HIEU),
    useFont(pdf, 'bold', SIZE.tieuNgu).widthOfString(TIEU_NGU),
    useFont(pdf, 'italic', SIZE.dateLine).widthOfString(date),
  );
  const rightWidth = Math.min(box.width * 0.7, Math.max(box.width * RIGHT_COLUMN_SHARE, needed + 4));
  const leftWidth = box.width - rightWidth;
  const rightX = box.left + leftWidth;

  if (doc.draft) {
    // ND 30 practice: a draft carries "DỰ THẢO" in a frame above the header, in the top margin.
    useFont(pdf, 'bold', SIZE.number);
    const w = pdf.widthOfString(DRAFT_MARK) + 10;
    pdf
      .rect(box.left, box.top - 24, w, 18)
      .lineWidth(0.6)
      .stroke();
    pdf.text(DRAFT_MARK, box.left + 5, box.top - 20, { lineBreak: false });
  }

  let leftY = box.top;
  const lines = (text: string) => balanceLines(text, leftWidth, (s) => pdf.widthOfString(s)).join('\n');
  if (header.parentAgency) {
    useFont(pdf, 'regular', SIZE.parentAgency);
    leftY = centred(pdf, lines(header.parentAgency), box.left, leftY, leftWidth);
  }
  useFont(pdf, 'bold', SIZE.issuingAgency);
  const agency = lines(header.issuingAgency);
  leftY = centred(pdf, agency, box.left, leftY, leftWidth);
  const agencyWidth = Math.max(...agency.split('\n').map((line) => pdf.widthOfString(line)));
  centredRule(pdf, box.left, leftWidth, leftY + 2, Math.min(agencyWidth, leftWidth) * SHORT_RULE);

  let rightY = centred(useFont(pdf, 'bold', SIZE.quocHieu), QUOC_HIEU, rightX, box.top, rightWidth);
  rightY = centred(useFont(pdf, 'bold', SIZE.tieuNgu), TIEU_NGU, rightX, rightY, rightWidth);
  // The Tiêu ngữ rule is exactly as long as the text (ND 30, Phụ lục I).
  centredRule(pdf, rightX, rightWidth, rightY + 1, pdf.widthOfString(TIEU_NGU));

  const rowY = Math.max(leftY, rightY) + 8;
  leftY = centred(useFont(pdf, 'regular', SIZE.number), numberLine(header.number, header.unnumbered), box.left, rowY, leftWidth);
  rightY = centred(useFont(pdf, 'italic', SIZE.dateLine), date, rightX, rowY, rightWidth);

  if (doc.letter) {
    useFont(pdf, 'regular', SIZE.letterSummary);
    leftY = centred(pdf, lines(doc.summary), box.left, leftY + 2, leftWidth);
    drawAddressees(pdf, doc.letter.addressees, box, Math.max(leftY, rightY) + 18);
    return;
  }

  let y = Math.max(leftY, rightY) + 18;
  y = centred(useFont(pdf, 'bold', SIZE.typeName), doc.typeName, box.left, y, box.width);
  y = centred(useFont(pdf, 'bold', SIZE.summary), doc.summary, box.left, y, box.width);
  const summaryWidth = Math.min(pdf.widthOfString(doc.summary), box.width);
  centredRule(pdf, box.left, box.width, y + 2, summaryWidth * SHORT_RULE);

  pdf.x = box.left;
  pdf.y = y + 18;
}

/** "Kính gửi: …" of a công văn: one addressee on the line, several as a list under it, the block centred. */
function drawAddressees(pdf: PDFKit.PDFDocument, addressees: string[], box: ContentBox, top: number): void {
  useFont(pdf, 'regular', SIZE.body);
  const label = 'Kính gửi: ';
  const lines = addressees.length === 1 ? [`${label}${addressees[0]}`] : [label.trim(), ...addressees.map((a) => `- ${a}`)];
  const width = Math.min(box.width, Math.max(...lines.map((l) => pdf.widthOfString(l))));
  const x = box.left + (box.width - width) / 2;
  let y = top;
  for (const [i, line] of lines.entries()) {
    const indent = addressees.length > 1 && i > 0 ? pdf.widthOfString(label) : 0;
    pdf.text(line, x + indent, y, { width: width - indent + 1 });
    y = pdf.y;
  }
  pdf.x = box.left;
  pdf.y = y + 12;
}
