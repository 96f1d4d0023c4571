// A look at an uploaded .xlsx (a ZIP archive) before anything decompresses it: a 1.35 MB "zip bomb" once kept the
// server busy for 45 s and doubled its memory. The central directory at the end of the archive declares every
// entry's sizes, so reading it costs microseconds and refuses honest bombs at once; a bomb whose headers lie is
// stopped later by the parse worker's memory and time limits (parseImportInWorker.ts).
import yauzl from 'yauzl';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of an entry bigger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
}

// A real workbook has 10–40 entries; the history import's 50,000 rows make about 40 MB of sheet XML; spreadsheet
// XML compresses 5–30 times, rarely beyond 100, while a deflate bomb reaches about 1,000.
export const XLSX_LIMITS: ZipLimits = { maxEntries: 1_000, maxUncompressedBytes: 150 * 1024 * 1024, maxRatio: 200, ratioFloorBytes: 1024 * 1024 };

export type ZipVerdict = { ok: true; entries: number; uncompressedBytes: number } | { ok: false; reason: 'malformed' | 'entries' | 'size' | 'ratio' };

/** Reads the archive's central directory (nothing is decompressed) and checks entry count, total size and ratio. */
export async function inspectZip(buffer: Buffer, limits: ZipLimits = XLSX_LIMITS): Promise<ZipVerdict> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { strictFileNames: false });
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  try {
    if (zip.entryCount > limits.maxEntries) return { ok: false, reason: 'entries' };
    let entries = 0;
    let uncompressedBytes = 0;
    for await (const entry of zip.eachEntry()) {
      entries++;
      uncompressedBytes += entry.uncompressedSize;
      if (entries > limits.maxEntries) return { ok: false, reason: 'entries' };
      if (uncompressedBytes > limits.maxUncompressedBytes) return { ok: false, reason: 'size' };
      if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
        return { ok: false, reason: 'ratio' };
      }
    }
    return { ok: true, entries, uncompressedBytes };
  } catch {
    return { ok: false, reason: 'malformed' }; // bad names, truncated directory, overlapping entries…
  } finally {
    zip.close();
  }
}
