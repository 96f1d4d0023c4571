// The serif family embedded in every PDF. Times New Roman itself cannot ship with the app; Tinos (Google Fonts, npm
// @expo-google-fonts/tinos) has Times New Roman's metrics and full Vietnamese coverage. See
// docs/decisions/004-document-toolkit.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

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

/** Registers the four styles on a pdfkit document under the names in FONT; pdfkit embeds only the used glyphs. */
export function registerSerifFonts(doc: PDFKit.PDFDocument): void {
  const files = serifFontFiles();
  for (const style of Object.keys(FONT) as FontStyle[]) doc.registerFont(FONT[style], files[style]);
}
