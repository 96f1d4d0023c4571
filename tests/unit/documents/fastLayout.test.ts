// The fast shaper (src/documents/pdf/fastLayout.ts) must answer glyph for glyph what fontkit's shaper answers (ids,
// code points, the four position values), for the four Tinos styles, kerned and unkerned, or decline; and it must
// actually take the plain words of our documents (else the first dossier of a process pays fontkit's cold shaping).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { create, type Features, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fastShaper, type FastShaper } from '../../../src/documents/pdf/fastLayout.ts';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
const FILES = [
  '400Regular/Tinos_400Regular.ttf',
  '700Bold/Tinos_700Bold.ttf',
  '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  '700Bold_Italic/Tinos_700Bold_Italic.ttf',
];
const FEATURES: (Features | undefined)[] = [undefined, { kern: false }];

const fonts = FILES.map((f) => {
  const bytes = readFileSync(path.join(dir, f));
  const fast = fastShaper(create(bytes))!;
  return { name: f, reference: create(bytes), fast };
});

const plain = (glyphs: { id: number; codePoints: number[] }[], positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]) => ({
  ids: glyphs.map((g) => g.id),
  codePoints: glyphs.map((g) => g.codePoints),
  positions: positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
});

/** Compares the fast answer with fontkit's for each word; returns how many words the fast path took. */
function compare(reference: Font, fast: FastShaper, words: readonly string[], features: Features | undefined): number {
  let taken = 0;
  for (const word of words) {
    const got = fast.shape(word, features);
    if (!got) continue;
    taken++;
    reference._glyphs = {};
    const run = reference.layout(word, features);
    const want = plain(run.glyphs, run.positions);
    const have = plain(got.glyphs, got.positions);
    // One word's difference, not the whole list, when they differ.
    if (JSON.stringify(have) !== JSON.stringify(want))
      expect({ word, kern: (features as { kern?: boolean } | undefined)?.kern, ...have }).toEqual({
        word,
        kern: (features as { kern?: boolean } | undefined)?.kern,
        ...want,
      });
  }
  return taken;
}

const VI_LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz';
const VI = VI_LOWER + VI_LOWER.toUpperCase();
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const PUNCT = '–—‘’“”…•·«»§°±×÷≤≥№₫\u00a0';
const ALPHABET = Array.from(new Set([...VI, ...ASCII, ...PUNCT]));

function seedPlanWords(): string[] {
  const json = readFileSync(path.join(process.cwd(), 'prisma/seed/ke-hoach-2024.json'), 'utf8');
  const text: string[] = [];
  JSON.parse(json, (_key, value: unknown) => {
    if (typeof value === 'string') text.push(value.normalize('NFC'));
    return value;
  });
  return text
    .join(' ')
    .match(/[^ \t]*[ \t]?/g)!
    .filter(Boolean);
}

describe('the fast shaper', () => {
  it('covers the four Tinos styles', () => {
    for (const f of fonts) expect(f.fast, f.name).not.toBeNull();
  });

  it('answers as fontkit for every single character and every kerned pair of the Vietnamese and ASCII alphabet', () => {
    const pairs = ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b));
    for (const { reference, fast } of fonts)
      for (const features of FEATURES) expect(compare(reference, fast, ALPHABET, features)).toBeGreaterThan(ALPHABET.length - 5);
    // Pairs matter where kerning applies (unkerned, a word is its characters' advances, checked with the words below).
    for (const { reference, fast } of fonts.slice(0, 2)) expect(compare(reference, fast, pairs, undefined)).toBeGreaterThan(pairs.length * 0.95);
  }, 120_000);

  it('answers as fontkit for every character it covers, alone and between letters', () => {
    const covered = [] as string[];
    for (let c = 0x20; c <= 0x2265; c++) covered.push(String.fromCharCode(c));
    const words = covered.flatMap((c) => [c, `A${c}V`, `${c}.`, `1${c}`, `T${c} `]);
    for (const { reference, fast } of fonts) for (const features of FEATURES) compare(reference, fast, words, features);
  }, 120_000);

  it('answers as fontkit for the seed plan, Vietnamese names and random strings, taking almost every plain word', () => {
    const plan = seedPlanWords();
    const names = [
      'Nguyễn Thị Ánh ',
      'Trần Văn Đức',
      'Lê Thị Hồng Nhung',
      'Phạm Quốc Việt',
      'Đỗ Thị Thu Hằng',
      'Vũ Minh Tuấn',
      'Hoàng Thị Yến',
      'Bùi Đức Thắng',
    ].flatMap((n) => n.split(/(?<= )/));
    const random = fc.sample(fc.string({ unit: fc.constantFrom(...ALPHABET, '\u0301', '\u00ad', 'Ω', 'ж', 'ff'), minLength: 1, maxLength: 9 }), {
      numRuns: 3000,
      seed: 14,
    });
    for (const { name, reference, fast } of fonts) {
      for (const features of FEATURES) {
        const taken = compare(reference, fast, plan, features);
        // Only words with a combining mark, another script or an unmapped character go to fontkit.
        expect(taken, name).toBeGreaterThan(plan.length * 0.97);
        compare(reference, fast, names, features);
        compare(reference, fast, random, features);
      }
    }
  }, 120_000);

  it('declines what it does not model: combining marks, other scripts, soft hyphens, other features', () => {
    const { fast } = fonts[0]!;
    for (const word of ['Vie\u0323\u0302t', 'Ωμέγα', 'co\u00adop', 'жук', '\u200b']) expect(fast.shape(word, undefined), word).toBeNull();
    expect(fast.shape('office', { dlig: true })).toBeNull();
    expect(fast.shape('office', ['dlig'])).toBeNull();
    expect(fast.shape('Việt', undefined)).not.toBeNull();
  });
});
