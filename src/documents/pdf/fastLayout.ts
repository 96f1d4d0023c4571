// A shaper for the plain words that make up almost all of our text, answering exactly what fontkit's shaper answers
// without running it. fontkit lays a word out by running every GSUB and GPOS lookup of the script over every glyph;
// in a fresh process that is slow (its parsers and lookup code are cold), and it was most of the first dossier's
// render time. For a word made only of Latin and common characters that the font maps one to one, and whose glyphs
// no substitution or mark-positioning lookup can act on, the result is known in advance: the cmap's glyphs, their
// hmtx advances, plus the kerning pairs (GPOS pair adjustment) when kerning is on. Anything else (combining marks,
// other scripts, default-ignorable characters, an unmapped character, other features, a font whose lookups this
// model does not cover) returns null and goes to fontkit. tests/unit/documents/fastLayout.test.ts compares both over
// every character pair of the covered set and thousands of words, for the four fonts, kerned and unkerned.
import type { Features, Font, Glyph, GlyphPosition } from 'fontkit';
import { classOf, coverageGlyphs, kernPair, type Coverage, type LayoutTable, type Lookup, type OpenTypeFont, type PairAdjustment } from './openTypeTables.ts';

export interface Shaped {
  glyphs: Glyph[];
  positions: GlyphPosition[];
}

// --- which words qualify ---------------------------------------------------------------------------------------

/** Characters of Unicode script Latin among the covered ones (fontkit picks a word's script from its first such). */
function isLatin(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0xaa ||
    c === 0xba ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** The characters the fast path covers: Latin letters and the common punctuation, digits and symbols of our text. */
function isCovered(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x24f && c !== 0xad) || // not the soft hyphen (default-ignorable)
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    c === 0x20ab || // đồng sign
    c === 0x2116 ||
    (c >= 0x2264 && c <= 0x2265)
  );
}

/**
 * Features whose lookups are not applied unless asked for (fontkit's default plan leaves them out). Every other
 * feature of the script counts as applied, including frac/numr/dnom, which fontkit plans for every run (they act only
 * around a fraction slash).
 */
const OFF_BY_DEFAULT = new Set([
  'dlig',
  'hlig',
  'salt',
  'smcp',
  'c2sc',
  'onum',
  'lnum',
  'pnum',
  'tnum',
  'sups',
  'subs',
  'ordn',
  'zero',
  'case',
  'swsh',
  'titl',
  'aalt',
]);

function selectScript(table: LayoutTable, tag: string): LayoutTable['scriptList'][number] | undefined {
  // OTProcessor.selectScript: the script asked for, else the first of DFLT, dflt, latn the table has.
  return table.scriptList.find((s) => s.tag === tag) ?? ['DFLT', 'dflt', 'latn'].map((t) => table.scriptList.find((s) => s.tag === t)).find(Boolean);
}

interface ScriptModel {
  /** Glyphs some applied lookup (other than kerning) could act on when met. */
  triggers: Set<number>;
  /** The kerning lookups (GPOS pair adjustment), in the order fontkit applies them. */
  kern: Lookup[];
}

/**
 * What the lookups of `script` can do to a word without marks, or null when this model does not cover them: a lookup
 * of a kind not listed below, a kerning lookup that is not a pair adjustment or skips base glyphs.
 */
function scriptModel(font: OpenTypeFont, script: string, isMark: (g: number) => boolean): ScriptModel | null {
  const triggers = new Set<number>();
  const kern: { index: number; lookup: Lookup }[] = [];
  const marksOnly = (c: Coverage) => coverageGlyphs(c).every(isMark);
  for (const [tableName, table] of [
    ['GSUB', font.GSUB],
    ['GPOS', font.GPOS],
  ] as const) {
    if (!table) continue;
    if (table.featureVariations) return null;
    const langSys = selectScript(table, script)?.script.defaultLangSys;
    if (!langSys) continue;
    for (const fi of langSys.featureIndexes) {
      const { tag, feature } = table.featureList[fi]!;
      if (OFF_BY_DEFAULT.has(tag)) continue;
      for (const index of feature.lookupListIndexes) {
        const lookup = table.lookupList.get(index);
        if (tableName === 'GPOS' && tag === 'kern') {
          if (lookup.lookupType !== 2 || lookup.flags.flags?.ignoreBaseGlyphs || lookup.flags.flags?.ignoreLigatures) return null;
          if (!kern.some((k) => k.index === index)) kern.push({ index, lookup });
          continue;
        }
        const chaining = (tableName === 'GSUB' && lookup.lookupType === 6) || (tableName === 'GPOS' && lookup.lookupType === 8);
        const known = tableName === 'GSUB' ? [1, 2, 3, 4, 6] : [1, 2, 3, 4, 5, 6, 8];
        if (!known.includes(lookup.lookupType)) return null; // contexts (5/7), extensions: not modelled
        for (const st of lookup.subTables) {
          if (chaining && st.version === 3) {
            // A chained rule that needs a mark after its first glyph cannot match in a word without marks.
            const rest = [...st.inputCoverage!.slice(1), ...st.lookaheadCoverage!];
            if (rest.some(marksOnly)) continue;
            for (const g of coverageGlyphs(st.inputCoverage![0]!)) triggers.add(g);
            continue;
          }
          // Otherwise the glyphs the lookup starts at (a chained rule of format 1 or 2 lists them in `coverage`).
          const first = st.coverage ?? st.markCoverage ?? st.mark1Coverage;
          if (!first) return null;
          for (const g of coverageGlyphs(first)) triggers.add(g);
        }
      }
    }
  }
  kern.sort((a, b) => a.index - b.index); // OTProcessor.lookupsForFeatures sorts by lookup index
  return { triggers, kern: kern.map((k) => k.lookup) };
}

export interface FastShaper {
  /** The word laid out as fontkit lays it out, or null when the word or the features are not covered. */
  shape(word: string, features: Features | undefined): Shaped | null;
}

/**
 * Whether `features` leaves kerning on (true) or turns it off (false); null when it turns on a feature that is off by
 * default. Turning other default features on or off changes nothing here: the lookups of every feature that is not
 * off by default are in the trigger set, so a word they could act on is declined anyway. (fontkit writes the plan's
 * features into the object it is given, so pdfkit's `{ kern: false }` comes back with twenty tags set to true.)
 */
function kerning(features: Features | undefined): boolean | null {
  if (features === undefined) return true;
  if (Array.isArray(features)) return features.some((tag) => OFF_BY_DEFAULT.has(tag)) ? null : true;
  for (const tag of Object.keys(features)) if (OFF_BY_DEFAULT.has(tag) && features[tag]) return null;
  return features.kern !== false;
}

/** The fast shaper of `font`, or null for a font whose tables this model does not cover (fontkit then shapes all). */
export function fastShaper(fontkitFont: Font): FastShaper | null {
  const font = fontkitFont as unknown as OpenTypeFont;
  if (font._variationProcessor || !font.GPOS || !font._cmapProcessor) return null;
  const glyphClasses = font.GDEF?.glyphClassDef;
  const isMark = (g: number) => classOf(glyphClasses, g) === 3;
  // fontkit asks GPOS and GSUB for the word's script: 'latn' for a word with a Latin letter, 'zyyy' otherwise.
  const latin = scriptModel(font, 'latn', isMark);
  const common = scriptModel(font, 'zyyy', isMark);
  if (!latin || !common) return null;
  const pairs = [new Map<number, PairAdjustment>(), new Map<number, PairAdjustment>()]; // common, latin
  const advances = new Map<number, number>();

  return {
    shape(word, features) {
      const kern = kerning(features);
      if (kern === null || word.length === 0) return null;
      let hasLatin = false;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (!isCovered(c)) return null;
        if (!hasLatin && isLatin(c)) hasLatin = true;
      }
      const model = hasLatin ? latin : common;
      const ids: number[] = [];
      for (let i = 0; i < word.length; i++) {
        const id = font._cmapProcessor.lookup(word.charCodeAt(i));
        if (id === 0 || model.triggers.has(id) || isMark(id)) return null;
        ids.push(id);
      }
      // Glyph objects as glyphsForString makes them: a fresh cache, so a glyph keeps the first code point it stands
      // for in this word (space and no-break space are one glyph).
      font._glyphs = {};
      const glyphs = ids.map((id, i) => font.getGlyph(id, [word.charCodeAt(i)]));
      const positions = glyphs.map((g) => {
        let advance = advances.get(g.id);
        if (advance === undefined) advances.set(g.id, (advance = g.advanceWidth));
        return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0 };
      });
      if (kern && model.kern.length > 0) {
        const cache = pairs[hasLatin ? 1 : 0]!;
        for (let i = 0; i + 1 < ids.length; i++) {
          const key = ids[i]! * 65536 + ids[i + 1]!;
          let adj = cache.get(key);
          if (!adj) cache.set(key, (adj = kernPair(model.kern, ids[i]!, ids[i + 1]!)));
          for (const [p, d] of [
            [positions[i]!, adj.first],
            [positions[i + 1]!, adj.second],
          ] as const) {
            p.xAdvance += d.xAdvance;
            p.yAdvance += d.yAdvance;
            p.xOffset += d.xOffset;
            p.yOffset += d.yOffset;
          }
        }
      }
      return { glyphs, positions };
    },
  };
}
