// Uploadable evidence files for the dossier tests: a real PDF with extractable text, a photo (PNG or JPEG rendered by
// poppler from such a PDF), a password-protected PDF (an /Encrypt dictionary in the trailer, as any encrypting
// writer leaves it) and a damaged one (a PDF header and nothing readable after it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF of `pages` pages, page p reading "`text` p" (ASCII: the standard fonts have no Vietnamese). */
export async function textPdf(text: string, pages: number, padBytes = 0): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) doc.addPage([595, 842]).drawText(`${text} ${p}`, { x: 60, y: 760, size: 16, font });
  // Padding (an unused stream) makes a file of a known size for the size-bound tests.
  if (padBytes > 0) doc.context.register(doc.context.stream(Buffer.alloc(padBytes, 0x20)));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A photo of a page: `text` rendered by pdftoppm at 40 dpi as PNG or JPEG. */
export async function photo(text: string, format: 'png' | 'jpeg'): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evidence-photo-'));
  try {
    writeFileSync(path.join(dir, 'page.pdf'), await textPdf(text, 1));
    execFileSync('pdftoppm', [`-${format}`, '-r', '40', '-singlefile', path.join(dir, 'page.pdf'), path.join(dir, 'page')]);
    return readFileSync(path.join(dir, format === 'png' ? 'page.png' : 'page.jpg'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF whose trailer names a standard security handler: readers ask for a password, pdf-lib refuses to load it. */
export async function encryptedPdf(): Promise<Buffer> {
  const plain = (await textPdf('LOCKED', 1)).toString('latin1');
  const key = '<' + '28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A' + '>';
  const locked = plain.replace('trailer\n<<\n', `trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /P -44 /O ${key} /U ${key} >>\n`);
  return Buffer.from(locked, 'latin1');
}

/** Bytes that start like a PDF (so the upload's type sniffing accepts them) and hold no readable document. */
export function damagedPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(2048, 0x41), Buffer.from('\n%%EOF\n')]);
}
