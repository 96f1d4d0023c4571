// Page geometry and type sizes shared by both renderers, chosen inside the ranges of ND 30/2020, Phụ lục I.

/** Points per millimetre (PDF user space is 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

/** A4 portrait, in millimetres. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** Margins in mm: the decree allows top/bottom 20–25, left 30–35, right 15–20; we take the smallest. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** First-line indent of body paragraphs in mm (the decree: 1–1.27 cm). */
export const FIRST_LINE_INDENT_MM = 12.7;

/** Type sizes in points (the decree's ranges in comments). */
export const SIZE = {
  body: 13, // 13–14
  parentAgency: 12, // 12–13, upper case, regular
  issuingAgency: 12, // 12–13, upper case, bold
  number: 13, // 13
  quocHieu: 12, // 12–13, bold, upper case
  tieuNgu: 13, // 13–14, bold
  dateLine: 13, // 13–14, italic
  typeName: 14, // 13–14, bold
  summary: 13, // 13–14, bold
  letterSummary: 12, // 12–13, regular: a công văn's trích yếu under its number
  signature: 13, // 13–14, bold
  recipientsLabel: 12, // 12, bold italic
  recipients: 11, // 11
  pageNumber: 13, // 13–14
  table: 12, // tables may be smaller than the body; 12 keeps wide ones readable
} as const;

/** Space after a body paragraph, in points (the decree: at least 6 pt). */
export const PARAGRAPH_AFTER_PT = 6;

/** Extra space between lines in points: single spacing plus a little air, within "single to 1.5". */
export const LINE_GAP_PT = 1.5;

/** Height left blank for the handwritten signature and the seal, in mm. */
export const SIGNATURE_SPACE_MM = 25;

/** Share of the text width given to the right header column (Quốc hiệu) and to the signature column. */
export const RIGHT_COLUMN_SHARE = 0.6;
export const SIGNATURE_COLUMN_SHARE = 0.5;

/** Converts millimetres to PDF points. */
export function mm(value: number): number {
  return value * PT_PER_MM;
}
