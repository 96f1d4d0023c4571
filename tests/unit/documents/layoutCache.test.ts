// The per-process cache of shaped words (src/documents/pdf/layoutCache.ts) must answer exactly what fontkit's shaper
// answers, hand out positions pdfkit may rescale without spoiling the cache, and give each glyph the code points of
// the text being laid out (they become the PDF's text layer), whatever was rendered before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cacheLayout } from '../../../src/documents/pdf/layoutCache.ts';

const require = createRequire(import.meta.url);
const file = path.join(path.dirname(require.resolve('@expo-google-fonts/tinos/package.json')), '400Regular/Tinos_400Regular.ttf');
const fresh = (): Font => create(readFileSync(file));
const TEXT = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\tĐiều 1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở”';
const plain = (run: ReturnType<Font['layout']>) => ({
  ids: run.glyphs.map((g) => g.id),
  codePoints: run.glyphs.map((g) => g.codePoints),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  advanceWidth: run.advanceWidth,
});

describe('the shaped-word cache', () => {
  it('lays a line out as fontkit does word by word, with and without OpenType features, cached or not', () => {
    const reference = fresh();
    const cached = fresh();
    cacheLayout(cached);
    const words = TEXT.match(/[^ \t]*[ \t]?/g)!.filter(Boolean);
    for (const features of [undefined, { kern: false }]) {
      const expected = words.map((w) => plain(reference.layout(w, features)));
      const want = {
        ids: expected.flatMap((e) => e.ids),
        codePoints: expected.flatMap((e) => e.codePoints),
        positions: expected.flatMap((e) => e.positions),
      };
      for (let round = 0; round < 2; round++) {
        const got = plain(cached.layout(TEXT, features));
        expect({ ids: got.ids, codePoints: got.codePoints, positions: got.positions }).toEqual(want);
        expect(got.advanceWidth).toBeCloseTo(
          expected.reduce((s, e) => s + e.advanceWidth, 0),
          6,
        );
      }
    }
  });

  it('hands out fresh positions: pdfkit scaling them in place does not change the next answer', () => {
    const font = fresh();
    cacheLayout(font);
    const first = font.layout('Trường ');
    const width = first.advanceWidth;
    for (const p of first.positions) p.xAdvance *= 1000;
    expect(font.layout('Trường ').advanceWidth).toBe(width);
  });

  it('gives a glyph shared by two characters the code point of the text laid out, not of an earlier text', () => {
    // Space and no-break space are one glyph in Tinos; fontkit's own glyph cache would keep the first one's code point.
    const font = fresh();
    cacheLayout(font);
    font.layout('Quyết định số ');
    const nbsp = font.layout('Điều\u00a01');
    expect(nbsp.glyphs.map((g) => g.codePoints).flat()).toContain(0xa0);
    expect(nbsp.glyphs.map((g) => g.codePoints).flat()).not.toContain(0x20);
  });
});
