// The 2024 plan rendered to PDF and read back with poppler-utils, as the council's văn thư would check it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/documents/pdf/renderPdf.ts';
import { seedPlanDocument, seedPlanHeadings, seedPlanNumberedParagraphs } from '../../fixtures/documents/seedPlanDocument.ts';
import { flat, pageCount, pdfFonts, pdfText, pdfWords, PT_PER_MM, removeTempPdfs, writeTempPdf, type PdfWord } from './support/pdfTools.ts';

const A4 = { width: 210, height: 297 };
let bytes: Buffer;
let file: string;
let words: PdfWord[];

beforeAll(async () => {
  bytes = await renderPdf(seedPlanDocument());
  file = writeTempPdf(bytes, 'ke-hoach-2024.pdf');
  words = pdfWords(file);
});

/** A page number: a lone number above the top margin (20 mm). */
const isPageNumber = (w: PdfWord) => /^\d+$/.test(w.text) && w.yMax < 20 * PT_PER_MM;

afterAll(removeTempPdfs);

describe('the 2024 plan as PDF', () => {
  it('is an A4 document of several pages', () => {
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(file)).toBeGreaterThanOrEqual(3);
  });

  it('shows every section heading of the plan with its exact diacritics', () => {
    const text = flat(pdfText(file));
    const headings = seedPlanHeadings();
    expect(headings).toHaveLength(19); // every titled section of the seed, I. to III.3.
    for (const heading of headings) expect(text, heading).toContain(flat(heading));
    for (const numbered of seedPlanNumberedParagraphs()) expect(text, numbered).toContain(flat(numbered));
  });

  it('has the header, title, closing, nơi nhận and signature of the original', () => {
    const first = flat(pdfText(file, 1, 1));
    for (const part of [
      'TRƯỜNG TIỂU HỌC',
      'LÝ THƯỜNG KIỆT',
      'HỘI ĐỒNG THI ĐUA -',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/KH-HĐTĐKT',
      'Long Biên, ngày 05 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Công tác thi đua, khen thưởng năm 2024',
    ]) {
      expect(first).toContain(part);
    }
    const all = flat(pdfText(file));
    for (const part of [
      'nghiêm túc triển khai thực hiện Kế hoạch này./.',
      'Nơi nhận:',
      '- HĐTĐKT quận: để báo cáo;',
      '- CBGVNV: để t/h;',
      '- Lưu: VT.',
      'TM. HỘI ĐỒNG',
      'CHỦ TỊCH',
      'Nguyễn Thúy Hà',
    ]) {
      expect(all).toContain(part);
    }
  });

  it('numbers pages 2 onwards at the top centre and leaves page 1 unnumbered', () => {
    const pages = pageCount(file);
    expect(words.filter((w) => w.page === 1 && isPageNumber(w))).toEqual([]);
    for (let page = 2; page <= pages; page++) {
      const numbers = words.filter((w) => w.page === page && isPageNumber(w));
      expect(
        numbers.map((w) => w.text),
        `page ${page}`,
      ).toEqual([String(page)]);
      const centre = ((numbers[0]?.xMin ?? 0) + (numbers[0]?.xMax ?? 0)) / 2 / PT_PER_MM;
      expect(centre).toBeCloseTo(30 + (210 - 30 - 15) / 2, 0); // centred over the text block
    }
    expect(pdfText(file, 2, 2).trimStart().split('\n')[0]?.trim()).toBe('2');
  });

  it('keeps all text inside the margins of ND 30/2020 (top/bottom 20–25 mm, left 30–35, right 15–20)', () => {
    const body = words.filter((w) => !isPageNumber(w));
    const mm = (pt: number) => pt / PT_PER_MM;
    const left = mm(Math.min(...body.map((w) => w.xMin)));
    const right = A4.width - mm(Math.max(...body.map((w) => w.xMax)));
    const top = mm(Math.min(...body.map((w) => w.yMin)));
    const bottom = A4.height - mm(Math.max(...body.map((w) => w.yMax)));
    const tolerance = 0.2; // pdftotext rounds glyph boxes
    expect(left).toBeGreaterThanOrEqual(30 - tolerance);
    expect(left).toBeLessThanOrEqual(35);
    expect(right).toBeGreaterThanOrEqual(15 - tolerance);
    expect(right).toBeLessThanOrEqual(20);
    expect(top).toBeGreaterThanOrEqual(20 - tolerance);
    expect(top).toBeLessThanOrEqual(25);
    expect(bottom).toBeGreaterThanOrEqual(20 - tolerance);
  });

  it('renders page 1 to a PNG for a person to look at (tests/e2e/screenshots/plan-2024-page1.png)', () => {
    const out = path.resolve(import.meta.dirname, '../../e2e/screenshots');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(out, 'plan-2024-page1')]);
    const png = readFileSync(path.join(out, 'plan-2024-page1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // A4 (595.28 × 841.89 pt) at 80 dpi, rounded up by pdftoppm: 662 × 936 pixels (big-endian at bytes 16 and 20).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([662, 936]);
  });

  it('embeds its fonts (Tinos, Times-metric, all four styles) so Vietnamese reads the same everywhere', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBe(4);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+Tinos/);
    }
  });

  it('gives byte-identical files for the same document', async () => {
    expect((await renderPdf(seedPlanDocument())).equals(bytes)).toBe(true);
  });
});
