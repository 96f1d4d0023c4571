// Units and small paragraph builders for the DOCX renderer (Word measures in twips and half-points).
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';

/** The font name written into the file: Word and LibreOffice substitute a metric-compatible face if absent. */
export const DOCX_FONT = 'Times New Roman';

/** Millimetres to twips (1/20 pt), rounded as Word stores integers. */
export function twips(mmValue: number): number {
  return Math.round((mmValue * 72 * 20) / 25.4);
}

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

/** Text runs at a size in points; each "\n" starts a new line within the same paragraph. */
export function runs(text: string, style: RunStyle): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        size: style.size * 2,
        bold: style.bold ?? false,
        italics: style.italics ?? false,
        ...(style.underline ? { underline: {} } : {}),
      }),
  );
}

/** A centred one-run paragraph with no space after, for header and signature lines. */
export function centredLine(text: string, style: RunStyle): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: runs(text, style) });
}

/** A short centred horizontal line: an empty, very low paragraph whose bottom border spans `lengthTwips`. */
export function centredRule(lengthTwips: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - lengthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** Rough width of bold upper-case Times text in twips, to size the short rules under header names. */
export function estimateWidthTwips(text: string, sizePt: number): number {
  // Word lays text out itself, so the exact width is unknown here; 0.62 em per character is close for
  // Times New Roman capitals and is only used for the length of a decorative line.
  const longest = Math.max(...text.split('\n').map((line) => line.length));
  return Math.round(longest * 0.62 * sizePt * 20);
}
