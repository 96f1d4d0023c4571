// fontkit's parsed OpenType structures (internal to fontkit 2.0, typed here for the fast shaper, fastLayout.ts) and the
// few lookups over them the shaper needs: coverage and class of a glyph, and the GPOS pair adjustment of two glyphs,
// each computed exactly as fontkit's OTProcessor / GPOSProcessor compute it.
import type { Glyph, GlyphPosition } from 'fontkit';

export interface Coverage {
  version: number;
  glyphs?: ArrayLike<number>;
  rangeRecords?: Iterable<{ start: number; end: number; startCoverageIndex: number }>;
}
export interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: ArrayLike<number>;
  classRangeRecord?: Iterable<{ start: number; end: number; class: number }>;
}
export interface ValueRecord {
  xAdvance?: number | null;
  yAdvance?: number | null;
  xPlacement?: number | null;
  yPlacement?: number | null;
}
export interface SubTable {
  version: number;
  coverage?: Coverage;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  inputCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  pairSets?: { get(i: number): Iterable<{ secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord }> };
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: { get(i: number): { get(i: number): { value1?: ValueRecord; value2?: ValueRecord } } };
}
export interface Lookup {
  lookupType: number;
  flags: { flags?: { ignoreBaseGlyphs?: boolean; ignoreLigatures?: boolean } };
  subTables: SubTable[];
}
export interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(i: number): Lookup };
  featureVariations?: unknown;
}
export interface OpenTypeFont {
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  _cmapProcessor: { lookup(codePoint: number): number };
  _variationProcessor?: unknown;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  _glyphs: Record<number, unknown>;
}

// fontkit's own coverage and class lookups (OTProcessor.coverageIndex / getClassID), over any glyph.
function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return Array.prototype.indexOf.call(coverage.glyphs!, glyph);
  if (coverage.version === 2) for (const r of coverage.rangeRecords!) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex + glyph - r.start;
  return -1;
}

export function classOf(classDef: ClassDef | undefined, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph!;
    if (i >= 0 && i < classDef.classValueArray!.length) return classDef.classValueArray![i]!;
  } else if (classDef.version === 2) for (const r of classDef.classRangeRecord!) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}

/** Every glyph a coverage table lists (small tables: the ranges of a Latin font's lookups). */
export function coverageGlyphs(coverage: Coverage): number[] {
  if (coverage.version === 1) return Array.from(coverage.glyphs!);
  const out: number[] = [];
  for (const r of coverage.rangeRecords!) for (let g = r.start; g <= r.end; g++) out.push(g);
  return out;
}

/** What kerning does to a pair of glyphs: the adjustment of the first glyph's position and of the second's. */
export interface PairAdjustment {
  first: GlyphPosition;
  second: GlyphPosition;
}

const add = (p: GlyphPosition, v: ValueRecord | undefined) => {
  if (!v) return;
  if (v.xAdvance != null) p.xAdvance += v.xAdvance;
  if (v.yAdvance != null) p.yAdvance += v.yAdvance;
  if (v.xPlacement != null) p.xOffset += v.xPlacement;
  if (v.yPlacement != null) p.yOffset += v.yPlacement;
};

/** GPOSProcessor.applyLookup for a pair adjustment: the first subtable that matches the pair applies. */
export function kernPair(lookups: Lookup[], a: number, b: number): PairAdjustment {
  const first = { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 };
  const second = { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 };
  for (const lookup of lookups) {
    for (const st of lookup.subTables) {
      const index = coverageIndex(st.coverage!, a);
      if (index === -1) continue;
      if (st.version === 1) {
        let hit = false;
        for (const pair of st.pairSets!.get(index)) {
          if (pair.secondGlyph === b) {
            add(first, pair.value1);
            add(second, pair.value2);
            hit = true;
            break;
          }
        }
        if (hit) break;
      } else if (st.version === 2) {
        const c1 = classOf(st.classDef1, a);
        const c2 = classOf(st.classDef2, b);
        const pair = st.classRecords!.get(c1).get(c2);
        add(first, pair.value1);
        add(second, pair.value2);
        break;
      }
    }
  }
  return { first, second };
}
