// Shaped words kept for the life of the process. fontkit's shaping (the font's GSUB and GPOS lookups run over every
// glyph) was most of a document's render time: pdfkit caches shaped words only inside one document, and not at all
// when OpenType features are given, which our body text does (kerning off, see drawBlock.ts), so each justified
// line was shaped once to measure each word and again to draw it. Vietnamese is written in syllables - a few
// thousand in all - so one cache shared by every document hits almost always after the first documents.
import type { Features, Font, Glyph, GlyphPosition, GlyphRun } from 'fontkit';
import { fastShaper } from './fastLayout.ts';

interface Shaped {
  glyphs: Glyph[];
  positions: GlyphPosition[];
}

/** Entries kept per font before the cache starts over (a few MB; a school's documents use far fewer words). */
const MAX_ENTRIES = 50_000;

/** What pdfkit reads from a shaped run; `advanceWidth` is summed on demand because pdfkit rescales the positions. */
class Run implements GlyphRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: GlyphPosition[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/**
 * Makes `font.layout` answer from a cache of shaped words. The text is cut where pdfkit cuts it for its own cache
 * (after each space or tab, the space kept with its word), so a line is shaped exactly as pdfkit shapes it without
 * features; with kerning off no lookup of our fonts reaches across a space, so that also holds with features.
 */
export function cacheLayout(font: Font): void {
  const shape = font.layout.bind(font);
  // Plain words are answered without fontkit's lookups (fastLayout.ts); the rest goes to fontkit.
  const fast = fastShaper(font);
  // One map of words per set of features; pdfkit passes the same features object for every line of a paragraph.
  const caches = new Map<string, Map<string, Shaped>>();
  const byObject = new WeakMap<Features, Map<string, Shaped>>();
  let entries = 0;
  // Each cached word has glyph objects of its own (see below), and pdfkit reads every glyph's advance width, which
  // fontkit computes with the rest of the glyph's metrics by decoding its outline (for the vertical metrics it also
  // derives). The metrics depend only on the glyph id in a static font, so they are computed once per glyph id.
  const metrics = new Map<number, NonNullable<Glyph['_metrics']>>();
  const shareMetrics = (glyphs: Glyph[]) => {
    for (const g of glyphs) {
      if (g._metrics) continue;
      let m = metrics.get(g.id);
      if (!m) metrics.set(g.id, (m = g._getMetrics()));
      g._metrics = m;
    }
  };
  const wordsFor = (features: Features | undefined): Map<string, Shaped> => {
    const known = features && byObject.get(features);
    if (known) return known;
    const key = features ? JSON.stringify(features) : '';
    let words = caches.get(key);
    if (!words) caches.set(key, (words = new Map<string, Shaped>()));
    if (features) byObject.set(features, words);
    return words;
  };
  const shapeWord = (word: string, features: Features | undefined, words: Map<string, Shaped>): Shaped => {
    let hit = words.get(word) ?? null;
    if (!hit) {
      // Fresh glyph objects, so each glyph carries the code points of this word: what lands in a document's text
      // layer (ToUnicode) then depends on that document's text only, never on what the process rendered before.
      hit = fast?.shape(word, features) ?? null;
      if (!hit) {
        font._glyphs = {};
        const run = shape(word, features);
        hit = {
          glyphs: run.glyphs,
          positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
        };
      }
      if (!font._variationProcessor) shareMetrics(hit.glyphs);
      if (++entries > MAX_ENTRIES) {
        for (const m of caches.values()) m.clear();
        entries = 1;
      }
      words.set(word, hit);
    }
    return hit;
  };
  font.layout = (text: string, features?: Features): GlyphRun => {
    const words = wordsFor(features);
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && i !== text.length - 1) continue;
      const word = text.slice(start, i + 1);
      const shaped = shapeWord(word, features, words);
      for (const g of shaped.glyphs) glyphs.push(g);
      // Copies: pdfkit scales the positions it is given in place.
      for (const p of shaped.positions) positions.push({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset });
      start = i + 1;
    }
    return new Run(glyphs, positions);
  };
}
