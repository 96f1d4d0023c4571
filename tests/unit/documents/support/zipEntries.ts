// Every entry of a zip archive as bytes (yauzl), for tests that look inside exported archives.
import yauzl from 'yauzl';

/** Name → bytes of every entry of `zip`, in archive order. */
export async function zipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  const file = await yauzl.fromBufferPromise(zip);
  const out = new Map<string, Buffer>();
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  file.close();
  return out;
}
