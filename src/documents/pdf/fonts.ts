// The serif family embedded in every PDF. Times New Roman itself cannot ship with the app; Tinos (Google Fonts, npm
// @expo-google-fonts/tinos) has Times New Roman's metrics and full Vietnamese coverage. See
// docs/decisions/004-document-toolkit.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create as parseFont, type Font } from 'fontkit';
import { cacheLayout } from './layoutCache.ts';
import { cacheSubsets } from './subsetCache.ts';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

/** The font name each style is registered under in a PDF document. */
export const FONT: Record<FontStyle, string> = {
  regular: 'Serif',
  bold: 'Serif-Bold',
  italic: 'Serif-Italic',
  boldItalic: 'Serif-BoldItalic',
};

let cache: Record<FontStyle, Buffer> | undefined;

/** The four TTF files, read once per process: rendering many documents should not re-read 2 MB each time. */
export function serifFontFiles(): Record<FontStyle, Buffer> {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
    const read = (style: FontStyle) => readFileSync(path.join(dir, FILES[style]));
    cache = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  }
  return cache;
}

let parsed: Record<FontStyle, Font> | undefined;

/**
 * The four fonts parsed once per process. Given the file, pdfkit parses the whole TTF again for every document
 * (most of the time of a small document, and of a 100-page dossier rendered as 60 documents); given the parsed
 * font it only builds the document's own subset, so the bytes are the same.
 */
function serifFonts(): Record<FontStyle, Font> {
  if (!parsed) {
    const files = serifFontFiles();
    parsed = { regular: parseFont(files.regular), bold: parseFont(files.bold), italic: parseFont(files.italic), boldItalic: parseFont(files.boldItalic) };
    for (const font of Object.values(parsed)) {
      cacheLayout(font);
      cacheSubsets(font);
    }
  }
  return parsed;
}

/**
 * Registers the four styles on a pdfkit document under the names in FONT; pdfkit embeds only the used glyphs.
 * Callers draw and end the document without awaiting in between (pdfkit is synchronous until `end`), so no other
 * document uses the fonts meanwhile.
 */
export function registerSerifFonts(doc: PDFKit.PDFDocument): void {
  const fonts = serifFonts();
  // A cached glyph keeps the code points of the text it was first laid out in, and pdfkit writes those in the text
  // layer (ToUnicode): a glyph first met in another document's text would extract as the wrong letters. Each
  // document starts with fresh glyphs, as it did with its own parse; the parsed tables stay shared.
  for (const font of Object.values(fonts)) font._glyphs = {};
  // @types/pdfkit lists only files as sources; pdfkit itself takes a parsed fontkit font (PDFFontFactory.open).
  for (const style of Object.keys(FONT) as FontStyle[]) doc.registerFont(FONT[style], fonts[style] as unknown as Uint8Array);
}
