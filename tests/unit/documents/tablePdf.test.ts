// A table running over several pages: its header row is repeated on each page and no row is cut in two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/documents/pdf/renderPdf.ts';
import { longTableDocument, TABLE_ROWS, TABLE_TITLES } from '../../fixtures/documents/longTableDocument.ts';
import { pageCount, pdfWords, PT_PER_MM, removeTempPdfs, writeTempPdf, type PdfWord } from './support/pdfTools.ts';

let file: string;
let words: PdfWord[];

beforeAll(async () => {
  file = writeTempPdf(await renderPdf(longTableDocument()), 'lich-cong-tac.pdf');
  words = pdfWords(file);
});

const pagesOf = (text: string) => [...new Set(words.filter((w) => w.text === text).map((w) => w.page))];

afterAll(removeTempPdfs);

describe('a long table in a PDF', () => {
  it('spans at least two pages', () => {
    expect(pageCount(file)).toBeGreaterThanOrEqual(2);
    expect(pagesOf(`cuối${TABLE_ROWS}`)[0]).toBeGreaterThanOrEqual(2);
  });

  it('repeats its header row at the top of every page the table reaches', () => {
    const lastTablePage = pagesOf(`cuối${TABLE_ROWS}`)[0] ?? 0;
    expect(lastTablePage).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= lastTablePage; page++) {
      // Header cells wrap ("Đơn vị chủ / trì"), so read their words rather than a line of text.
      const onPage = words.filter((w) => w.page === page).map((w) => w.text);
      for (const word of TABLE_TITLES.join(' ').split(' ')) expect(onPage, `page ${page}`).toContain(word);
    }
    for (let page = 2; page <= lastTablePage; page++) {
      const stt = words.find((w) => w.page === page && w.text === 'STT');
      // The repeated header is the first thing under the top margin (20 mm), not somewhere down the page.
      expect(stt?.yMin ?? Infinity, `page ${page}`).toBeLessThan(20 * PT_PER_MM + 12);
    }
  });

  it('never splits a row: each row starts and ends on the same page', () => {
    for (let i = 1; i <= TABLE_ROWS; i++) {
      const n = String(i).padStart(2, '0');
      const start = pagesOf(`đầu${n}`);
      expect(start, `row ${i}`).toHaveLength(1);
      expect(pagesOf(`cuối${n}`), `row ${i}`).toEqual(start);
    }
  });
});

describe('a narrow numbering column', () => {
  it('keeps "STT" whole and the table inside the left margin (the register used a 6 % column)', async () => {
    const doc = longTableDocument();
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('the fixture has a table');
    table.columns = [{ title: 'STT', width: 6, align: 'center' }, ...table.columns.slice(1).map((c) => ({ ...c, width: 94 / (table.columns.length - 1) }))];
    const narrow = pdfWords(writeTempPdf(await renderPdf(doc), 'stt-hep.pdf'));
    expect(narrow.filter((w) => w.text === 'STT').length).toBeGreaterThanOrEqual(1);
    expect(narrow.some((w) => w.text === 'ST' || w.text === 'T')).toBe(false);
    // The decree's left margin is 30 mm; nothing is printed left of it.
    expect(Math.min(...narrow.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * PT_PER_MM - 1);
  });
});
