// The dossier's ZIP through yazl (a well-kept writer, streaming, UTF-8 names): entries in the given order, one fixed
// date on every entry, deflate at a fixed level. The same entries always give the same bytes, which the dossier
// export promises: archivers stamp the current time into each entry unless told otherwise.
import { ZipFile } from 'yazl';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** Store the entry as it is (for formats that are compressed inside already: PDF streams, DOCX); deflated by default. */
  store?: boolean;
}

/**
 * The entry date as yazl needs it: yazl writes the MS-DOS date from the Date's local-time fields, so the UTC
 * calendar moment is rebuilt in local time (the bytes then do not depend on the machine's time zone); the extended
 * timestamp field, which would hold the absolute instant, is left out (forceDosTimestamp).
 */
function dosDate(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

/** Builds the ZIP file of `entries`, every entry dated `date`. */
export function writeZip(entries: readonly ZipEntry[], date: Date): Promise<Buffer> {
  const zip = new ZipFile();
  const mtime = dosDate(date);
  for (const entry of entries) {
    zip.addBuffer(Buffer.from(entry.data), entry.name.normalize('NFC'), {
      mtime,
      mode: 0o100644,
      compress: !entry.store,
      compressionLevel: entry.store ? 0 : 9,
      forceDosTimestamp: true,
    });
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
  zip.end();
  return done;
}
