// TrueType subsets built from per-process glyph data. pdfkit embeds, for every document, a subset of each font it
// used, and fontkit builds it by decoding every included glyph's outline (only to learn whether it is a composite)
// and re-encoding the hinting tables number by number through its struct library: about a third of a small
// document's render time. Here each glyph's bytes, components and metrics are read once per process, the tables
// that do not depend on the subset are copied from the font file, and the file is assembled exactly as fontkit
// assembles it (same table order, same directory, checksums left at 0), so the PDF bytes do not change:
// tests/unit/documents/subsetCache.test.ts compares the two byte for byte.
import type { Font } from 'fontkit';

interface GlyphData {
  bytes: Uint8Array;
  /** For a composite glyph: each component's glyph id and where that id sits in `bytes`. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/** What fontkit's subset keeps: the glyphs included so far (old ids, in new-id order) and the old→new map. */
interface Subset {
  glyphs: number[];
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

/** The tables of the subset file; the object below lists them in fontkit's order (pdfkit embeds exactly these). */
type Tag = 'head' | 'hhea' | 'loca' | 'maxp' | 'cvt ' | 'prep' | 'glyf' | 'hmtx' | 'fpgm';

/** Makes `font.createSubset()` return subsets that encode from cached glyph data. TrueType (glyf) fonts only. */
export function cacheSubsets(font: Font): void {
  const create = font.createSubset.bind(font);
  const file = font.stream.buffer;
  const raw = (tag: string): Uint8Array | null => {
    const t = font.directory.tables[tag];
    return t ? file.subarray(t.offset, t.offset + t.length) : null;
  };
  const glyfTable = raw('glyf');
  if (!glyfTable || font._variationProcessor) return; // CFF or variable font: keep fontkit's own subsetting
  const offsets = font.loca.offsets;
  const longLoca = font.loca.version === 1;
  const fixed = { head: raw('head')!, hhea: raw('hhea')!, maxp: raw('maxp')!, 'cvt ': raw('cvt '), prep: raw('prep'), fpgm: raw('fpgm') };
  const glyphs = new Map<number, GlyphData>();
  const glyphData = (gid: number): GlyphData => {
    let d = glyphs.get(gid);
    if (!d) {
      const glyph = font.getGlyph(gid);
      const decoded = glyph._decode();
      d = {
        bytes: glyfTable.subarray(offsets[gid], offsets[gid + 1]),
        components: decoded && decoded.numberOfContours < 0 ? decoded.components.map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      glyphs.set(gid, d);
    }
    return d;
  };

  font.createSubset = () => {
    const subset = create() as Subset;
    subset.encode = () => {
      const parts: Uint8Array[] = [];
      const loca: number[] = [];
      const hmtx: number[] = [];
      let offset = 0;
      // Components are included as they are met, so the list grows while it is walked (as in fontkit).
      for (let i = 0; i < subset.glyphs.length; i++) {
        const d = glyphData(subset.glyphs[i]!);
        let bytes = d.bytes;
        if (d.components) {
          bytes = Uint8Array.from(bytes);
          const view = new DataView(bytes.buffer);
          for (const c of d.components) view.setUint16(c.pos, subset.includeGlyph(c.glyphID));
        }
        parts.push(bytes);
        loca.push(offset);
        hmtx.push(d.advance, d.bearing);
        offset += bytes.length;
      }
      loca.push(offset);
      const count = subset.glyphs.length;
      const tables: Record<Tag, Uint8Array | null> = {
        head: fixed.head,
        hhea: withUint16(fixed.hhea, 34, count), // numberOfMetrics: every glyph has its own
        loca: encodeLoca(loca, longLoca),
        maxp: withUint16(fixed.maxp, 4, count), // numGlyphs
        'cvt ': fixed['cvt '],
        prep: fixed.prep,
        glyf: concat(parts, offset),
        hmtx: encodeHmtx(hmtx),
        fpgm: fixed.fpgm,
      };
      return directory(tables);
    };
    return subset;
  };
}

function withUint16(table: Uint8Array, at: number, value: number): Uint8Array {
  const out = Uint8Array.from(table);
  new DataView(out.buffer).setUint16(at, value);
  return out;
}

function encodeLoca(offsets: number[], long: boolean): Uint8Array {
  const out = new Uint8Array(offsets.length * (long ? 4 : 2));
  const view = new DataView(out.buffer);
  // The short format stores offsets divided by two.
  offsets.forEach((o, i) => (long ? view.setUint32(i * 4, o) : view.setUint16(i * 2, o >>> 1)));
  return out;
}

function encodeHmtx(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i += 2) {
    view.setUint16(i * 2, values[i]!);
    view.setInt16(i * 2 + 2, values[i + 1]!);
  }
  return out;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The sfnt file: fontkit's directory ('true', search fields, checksums 0), then the tables back to back. */
function directory(tables: Record<string, Uint8Array | null>): Uint8Array {
  const present = Object.entries(tables).filter((e): e is [string, Uint8Array] => e[1] !== null);
  const n = present.length;
  const head = 12 + 16 * n;
  const out = new Uint8Array(head + present.reduce((s, [, t]) => s + t.length, 0));
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(n));
  out.set([0x74, 0x72, 0x75, 0x65], 0); // 'true'
  view.setUint16(4, n);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, n * 16 - power * 16);
  let at = head;
  present.forEach(([tag, table], i) => {
    const e = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[e + k] = tag.charCodeAt(k);
    view.setUint32(e + 8, at);
    view.setUint32(e + 12, table.length);
    out.set(table, at);
    at += table.length;
  });
  return out;
}
