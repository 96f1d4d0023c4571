// Texts that both renderers print the same way, so the PDF and the DOCX never disagree on wording.
import type { HeadingBlock, OfficialDocument, Recipient } from './model.ts';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const NOI_NHAN = 'Nơi nhận:';

/** "Số: 12/KH-HĐTĐKT"; empty for an unnumbered document. */
export function numberLine(number: string, unnumbered = false): string {
  return unnumbered ? '' : `Số: ${number}`;
}

/** "I. MỤC ĐÍCH, YÊU CẦU": the heading's number followed by its text. */
export function headingLine(heading: HeadingBlock): string {
  return heading.text ? `${heading.number} ${heading.text}` : heading.number;
}

/** A list item as typed in official documents: "- text". */
export function bulletLine(item: string): string {
  return `- ${item}`;
}

/** The "Nơi nhận" entries: "- HĐTĐKT quận: để báo cáo;" each, and "- Lưu: VT." last. */
export function recipientLines(recipients: Recipient[], archive: string[]): string[] {
  const lines = recipients.map((r) => `- ${r.purpose ? `${r.name}: ${r.purpose}` : r.name};`);
  if (archive.length > 0) lines.push(`- Lưu: ${archive.join(', ')}.`);
  return lines;
}

/** Title for the file metadata: the document's own, or "KẾ HOẠCH Công tác …". */
export function metadataTitle(doc: OfficialDocument): string {
  return doc.title ?? `${doc.typeName} ${doc.summary}`;
}

/** A copy of the document with every string in Unicode NFC, so decomposed input still maps to whole glyphs. */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => toNfc(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  }
  return value;
}
