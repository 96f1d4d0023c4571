// The cached TrueType subsets (src/documents/pdf/subsetCache.ts) must be byte for byte what fontkit encodes for
// the same glyphs, composites and all, for each of the four embedded styles, the second time as the first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { cacheSubsets } from '../../../src/documents/pdf/subsetCache.ts';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
const STYLES = [
  '400Regular/Tinos_400Regular.ttf',
  '700Bold/Tinos_700Bold.ttf',
  '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  '700Bold_Italic/Tinos_700Bold_Italic.ttf',
];
const TEXT = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc. Quyết định công nhận sáng kiến: ắ ẳ ỗ ự ữ ỹ Ỵ “%” 0123456789 ½ €';

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

const encoded = (font: Font, ids: number[]) => {
  const subset = font.createSubset() as Subset;
  for (const id of ids) subset.includeGlyph(id);
  return Buffer.from(subset.encode());
};

describe('cached font subsets', () => {
  for (const style of STYLES) {
    it(`encode ${path.basename(style)} exactly as fontkit does`, () => {
      const file = readFileSync(path.join(dir, style));
      const reference = create(file);
      const cached = create(file);
      cacheSubsets(cached);
      const fromText = reference.layout(TEXT).glyphs.map((g) => g.id);
      const composites = Array.from({ length: 400 }, (_, i) => i).filter((id) => (reference.getGlyph(id)._decode()?.numberOfContours ?? 0) < 0);
      expect(composites.length).toBeGreaterThan(0); // the font has composite glyphs, so that path is exercised
      for (const ids of [[], fromText, [...composites.slice(0, 20), ...fromText], fromText.slice().reverse()]) {
        const want = encoded(reference, ids);
        expect(encoded(cached, ids).equals(want)).toBe(true);
        expect(encoded(cached, ids).equals(want)).toBe(true);
      }
    });
  }
});
