// The image header checks: sizes read from PNG, GIF, JPEG and WebP headers without decoding; floods and malformed
// (polyglot) images refused.
import { describe, expect, it } from 'vitest';
import { checkImage } from '../../src/features/files/imageChecks.ts';

const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** A JPEG start with an APP0 segment and a baseline frame header of the given size. */
function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
  const sof = Buffer.from('ffc0001108000000000301220002110103110100', 'hex');
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from('ffd8', 'hex'), app0, sof, Buffer.from('ffd9', 'hex')]);
}

/** A WebP (VP8X extended header) of the given size. */
function webp(width: number, height: number): Buffer {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(22, 4);
  b.write('WEBPVP8X', 8, 'latin1');
  b.writeUInt32LE(10, 16);
  b.writeUIntLE(width - 1, 24, 3);
  b.writeUIntLE(height - 1, 27, 3);
  return b;
}

describe('checkImage', () => {
  it('reads the size of a small GIF, JPEG and WebP and accepts them', () => {
    expect(checkImage(GIF_1X1, 'image/gif')).toEqual({ ok: true, width: 1, height: 1 });
    expect(checkImage(jpeg(4000, 3000), 'image/jpeg')).toEqual({ ok: true, width: 4000, height: 3000 });
    expect(checkImage(webp(1280, 720), 'image/webp')).toEqual({ ok: true, width: 1280, height: 720 });
  });

  it('refuses a flood from the header: one side over 12,000 pixels, or more than 48 megapixels', () => {
    expect(checkImage(jpeg(65_000, 100), 'image/jpeg')).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(checkImage(jpeg(8_000, 8_000), 'image/jpeg')).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(checkImage(webp(16_000, 16_000), 'image/webp')).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('refuses a GIF/JS polyglot, bytes after the GIF trailer, a zero size and a truncated header', () => {
    expect(checkImage(Buffer.from('GIF89a/*\x00\x00*/=alert(1)//;', 'latin1'), 'image/gif')).toEqual({ ok: false, reason: 'malformed' });
    expect(checkImage(Buffer.concat([GIF_1X1, Buffer.from('<script>alert(1)</script>')]), 'image/gif')).toEqual({ ok: false, reason: 'malformed' });
    expect(checkImage(jpeg(0, 10), 'image/jpeg')).toEqual({ ok: false, reason: 'malformed' });
    expect(checkImage(Buffer.from('89504e470d0a1a0a', 'hex'), 'image/png')).toEqual({ ok: false, reason: 'malformed' });
  });
});
