// The docx package stamps the current time into docProps/core.xml and into every ZIP entry. A dossier must give the
// same bytes for the same data, so the DOCX is re-packed with the dossier's own date.
import yauzl from 'yauzl';
import { renderDocx } from '../docx/renderDocx.ts';
import type { OfficialDocument } from '../model.ts';
import { writeZip, type ZipEntry } from './zipWriter.ts';

async function readEntries(buffer: Buffer): Promise<ZipEntry[]> {
  const zip = await yauzl.fromBufferPromise(buffer);
  const entries: ZipEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return entries;
}

/** The DOCX of `doc` with its creation and modification times set to `date` and fixed ZIP entry dates. */
export async function renderStableDocx(doc: OfficialDocument, date: Date): Promise<Buffer> {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const entries = await readEntries(await renderDocx(doc));
  const fixed = entries.map((e) =>
    e.name === 'docProps/core.xml'
      ? {
          name: e.name,
          data: Buffer.from(
            Buffer.from(e.data)
              .toString('utf8')
              .replace(/(<dcterms:created[^>]*>)[^<]*(<)/, `$1${iso}$2`)
              .replace(/(<dcterms:modified[^>]*>)[^<]*(<)/, `$1${iso}$2`),
            'utf8',
          ),
        }
      : e,
  );
  return writeZip(fixed, date);
}
