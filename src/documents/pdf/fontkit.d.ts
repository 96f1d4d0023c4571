// fontkit (pdfkit's font parser) ships no types; only what fonts.ts, layoutCache.ts and subsetCache.ts use is declared.
declare module 'fontkit' {
  /** Where a glyph is drawn relative to the pen, in font units (pdfkit rescales these in place). */
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  /** A shaped glyph; `codePoints` are the characters it stands for (pdfkit writes them in the text layer). */
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
    /** The glyph's outline record (internal); composites list their components and where each id is stored. */
    _decode(): { numberOfContours: number; components: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { advanceWidth: number; leftBearing: number };
    /** The metrics once computed (internal; for a TrueType glyph they decode its outline, for the bounding box). */
    _metrics?: { advanceWidth: number; leftBearing: number };
  }
  /** The result of shaping a string. */
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    readonly advanceWidth: number;
  }
  /** OpenType features as pdfkit passes them: a list of tags to turn on, or tags mapped to on/off. */
  export type Features = string[] | Record<string, boolean>;
  /** A parsed font; pdfkit accepts it in place of the file (it checks for `layout`). */
  export interface Font {
    layout(text: string, features?: Features): GlyphRun;
    /** fontkit's glyph cache (internal): a glyph keeps the code points of the text it was first met in. */
    _glyphs: Record<number, unknown>;
    getGlyph(id: number): Glyph;
    /** A subset that embeds only the glyphs included in it (pdfkit calls this once per document and font). */
    createSubset(): unknown;
    /** The font file and its table directory (internal). */
    stream: { buffer: Uint8Array };
    directory: { tables: Record<string, { offset: number; length: number } | undefined> };
    loca: { offsets: number[]; version: number };
    _variationProcessor?: unknown;
  }
  /** Parses a TrueType/OpenType file. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
