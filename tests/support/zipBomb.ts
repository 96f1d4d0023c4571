// Builds ZIP archives for the upload-guard tests: a deflate "zip bomb" shaped like an .xlsx, made in
// milliseconds by repeating one compressed block of zeros (deflate blocks ending on a sync flush can be chained).
import { constants, deflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  data: Buffer; // already deflated
  uncompressedSize: number;
}

/** A minimal ZIP writer (deflate, no CRC check needed by the code under test: CRC is written as 0). */
export function buildZip(entries: ZipEntry[], opts: { declaredSize?: (e: ZipEntry) => number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = opts.declaredSize?.(e) ?? e.uncompressedSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A deflate stream of `megabytes` MiB of zeros, about 1 KB per MiB. */
export function deflatedZeros(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const last = deflateRawSync(Buffer.alloc(0)); // an empty final block
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), last]);
}

/** An .xlsx-shaped bomb: a worksheet that inflates to `megabytes` MiB (1,300 ≈ the 1.35 MB file of issue 10). */
export function xlsxZipBomb(megabytes = 1300, opts: { lie?: boolean } = {}): Buffer {
  const small = (name: string, xml: string): ZipEntry => ({ name, data: deflateRawSync(Buffer.from(xml)), uncompressedSize: Buffer.byteLength(xml) });
  const bomb: ZipEntry = { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(megabytes), uncompressedSize: megabytes * 1024 * 1024 };
  return buildZip(
    [
      small('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      small('xl/workbook.xml', '<?xml version="1.0"?><workbook/>'),
      bomb,
    ],
    // A lying archive declares a tiny size: only the worker's limits can stop it.
    opts.lie ? { declaredSize: (e) => (e === bomb ? 1000 : e.uncompressedSize) } : {},
  );
}
