// Checks on an uploaded image made from its header bytes alone, before anything decodes it: a "pixel flood" (a tiny
// file declaring 20,000 × 20,000 pixels, gigabytes once decoded) and a polyglot (a GIF whose header is also the
// start of a script, "GIF89a/*…*/=alert(1)") are refused. The structure is walked, not trusted: a GIF must be a run
// of well-formed blocks ending at its trailer, with nothing after it.

/** Widest or tallest image accepted, in pixels (a phone photo is about 4,000 × 3,000). */
export const MAX_IMAGE_SIDE = 12_000;
/** Most pixels accepted in one image (48 megapixels: a 12,000 × 4,000 scan). */
export const MAX_IMAGE_PIXELS = 48_000_000;

export type ImageVerdict =
  { ok: true; width: number; height: number } | { ok: false; reason: 'malformed' } | { ok: false; reason: 'tooLarge'; width: number; height: number };

interface Size {
  width: number;
  height: number;
}

function pngSize(b: Buffer): Size | null {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Walks the GIF's blocks; null when one is malformed or anything follows the trailer. */
function gifSize(b: Buffer): Size | null {
  if (b.length < 14) return null;
  const size = { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  const table = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  let i = 13 + table(b[10]!);
  const subBlocks = () => {
    while (i < b.length && b[i] !== 0) i += b[i]! + 1;
    i += 1; // the zero-length terminator
  };
  while (i < b.length) {
    const kind = b[i]!;
    if (kind === 0x3b) return i === b.length - 1 ? size : null; // the trailer ends the file
    if (kind === 0x21) {
      i += 2; // introducer and label
      subBlocks();
    } else if (kind === 0x2c) {
      if (i + 10 > b.length) return null;
      i += 10 + table(b[i + 9]!) + 1; // descriptor, local colour table, LZW minimum code size
      subBlocks();
    } else return null;
  }
  return null; // no trailer
}

function jpegSize(b: Buffer): Size | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    // Start-of-frame markers (C0–CF except C4 DHT, C8 JPG, CC DAC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + b.readUInt16BE(i + 2);
  }
  return null;
}

function webpSize(b: Buffer): Size | null {
  if (b.length < 30) return null;
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  return null;
}

const READERS: Record<string, (b: Buffer) => Size | null> = { 'image/png': pngSize, 'image/gif': gifSize, 'image/jpeg': jpegSize, 'image/webp': webpSize };

/** Whether an image of the sniffed type `mime` is well formed and small enough to decode safely. */
export function checkImage(bytes: Buffer, mime: string): ImageVerdict {
  const read = READERS[mime];
  if (!read) return { ok: false, reason: 'malformed' };
  const size = read(bytes);
  if (!size || size.width === 0 || size.height === 0) return { ok: false, reason: 'malformed' };
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS)
    return { ok: false, reason: 'tooLarge', ...size };
  return { ok: true, ...size };
}
