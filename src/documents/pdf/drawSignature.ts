// The foot of the document: "Nơi nhận" at the bottom left beside the signature block at the right.
import { NOI_NHAN, recipientLines } from '../documentText.ts';
import type { OfficialDocument } from '../model.ts';
import { mm, SIGNATURE_COLUMN_SHARE, SIGNATURE_SPACE_MM, SIZE } from '../pageLayout.ts';
import { centred, contentBox, ensureSpace, useFont } from './pdfFlow.ts';

/** Draws nơi nhận and the signature side by side, moving both to a new page together when they do not fit. */
export function drawSignature(pdf: PDFKit.PDFDocument, doc: OfficialDocument): void {
  const box = contentBox(pdf);
  const rightWidth = box.width * SIGNATURE_COLUMN_SHARE;
  const leftWidth = box.width - rightWidth;
  const rightX = box.left + leftWidth;
  const lines = recipientLines(doc.recipients, doc.archive);
  const { signature } = doc;
  const titleLines = [signature.authority, signature.title].filter((t): t is string => Boolean(t));

  const recipientsHeight =
    useFont(pdf, 'boldItalic', SIZE.recipientsLabel).currentLineHeight(true) +
    lines.reduce((sum, line) => sum + useFont(pdf, 'regular', SIZE.recipients).heightOfString(line, { width: leftWidth }), 0);
  const lineHeight = useFont(pdf, 'bold', SIZE.signature).currentLineHeight(true);
  const signatureHeight = lineHeight * (titleLines.length + 1) + mm(SIGNATURE_SPACE_MM);
  ensureSpace(pdf, Math.max(recipientsHeight, signatureHeight) + 6);

  const top = pdf.y + 6;
  let y = top;
  // A report signed by a person sends to no one: no empty "Nơi nhận:" label.
  if (lines.length) useFont(pdf, 'boldItalic', SIZE.recipientsLabel).text(NOI_NHAN, box.left, y, { width: leftWidth });
  for (const line of lines) useFont(pdf, 'regular', SIZE.recipients).text(line, box.left, pdf.y, { width: leftWidth });
  const leftBottom = pdf.y;

  useFont(pdf, 'bold', SIZE.signature);
  for (const line of titleLines) y = centred(pdf, line, rightX, y, rightWidth);
  y = centred(pdf, signature.name, rightX, y + mm(SIGNATURE_SPACE_MM), rightWidth);

  pdf.x = box.left;
  pdf.y = Math.max(y, leftBottom);
}
