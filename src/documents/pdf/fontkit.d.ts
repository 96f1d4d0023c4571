// fontkit (pdfkit's font parser) ships no types; only what fonts.ts uses is declared.
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it in place of the file (it checks for `layout`). */
  export interface Font {
    layout(text: string): unknown;
    /** fontkit's glyph cache (internal): a glyph keeps the code points of the text it was first met in. */
    _glyphs: Record<number, unknown>;
  }
  /** Parses a TrueType/OpenType file. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
