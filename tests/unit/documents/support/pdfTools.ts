// Reading a rendered PDF back with poppler-utils (pdftotext, pdffonts), as a person's PDF viewer would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PT_PER_MM = 72 / 25.4;

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const tempDirs: string[] = [];

/** Removes every file writeTempPdf wrote; call it in afterAll so runs leave nothing in the temp folder. */
export function removeTempPdfs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes the bytes to a fresh temporary file (see removeTempPdfs) and returns its path. */
export function writeTempPdf(bytes: Buffer, name = 'document.pdf'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-doc-'));
  tempDirs.push(dir);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** pdftotext -layout of a page range (all pages by default), in NFC. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

/** pdftotext -raw (the order the text was drawn in: a table row by row, each cell whole however it wraps), in NFC. */
export function pdfRawText(file: string, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

/** Whitespace collapsed to single spaces, NFC: how text is compared regardless of line breaks and justification. */
export function flat(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Every word with its page and box in points (origin top left), from pdftotext -bbox. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5] ?? '').normalize('NFC') });
  }
  return words;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Number of pages, from pdfinfo. */
export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** The fonts the file uses, from pdffonts (name and the "emb" column). */
export function pdfFonts(file: string): PdfFont[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  // Columns: name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType").
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}
