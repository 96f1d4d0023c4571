// Uploaded files: the type is sniffed from the content (never trusted from the name or the browser), only document
// and image types are accepted, and the bytes are stored in PostgreSQL so every app server can serve them.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { checkImage } from './imageChecks.ts';

/** Accepted types: what a guidance document or evidence can be. */
export const ACCEPTED_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/**
 * The sniffed MIME type of an accepted file, or an unprocessable AppError for the `file` field. An image is also
 * checked from its header before anything decodes it: a pixel flood or a malformed (polyglot) image is refused.
 */
export async function sniffAcceptedType(bytes: Buffer): Promise<string> {
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(type.mime in ACCEPTED_TYPES)) throw new AppError('unprocessable', 'files.typeNotAllowed', { field: 'file' });
  if (type.mime.startsWith('image/')) {
    const image = checkImage(bytes, type.mime);
    if (!image.ok) throw new AppError('unprocessable', image.reason === 'tooLarge' ? 'files.imageTooLarge' : 'files.imageMalformed', { field: 'file' });
  }
  return type.mime;
}

/** The sniffed type of an upload and its stored name: refused when the name's extension says another type. */
export async function acceptUpload(file: { buffer: Buffer; originalname: string }): Promise<{ mimeType: string; fileName: string }> {
  const mimeType = await sniffAcceptedType(file.buffer);
  return { mimeType, fileName: nameForDetectedType(file.originalname, ACCEPTED_TYPES[mimeType]!) };
}

// Bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM, ALM) let "gpj.exe" display as "exe.jpg": never kept in a name.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** A safe display name: NFC, no path, no control or bidirectional characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8'); // multer decodes names as latin1
  const base = utf8.normalize('NFC').split(/[\\/]/).pop() ?? 'tep';
  return (
    base
      .replace(/\p{Cc}/gu, '') // control characters (C0, DEL, C1)
      .replace(BIDI_CONTROLS, '')
      .trim()
      .slice(0, 200) || 'tep'
  );
}

/** Extensions a name may already carry for each detected type (anything else contradicts the content). */
const NAME_EXTENSIONS: Record<string, readonly string[]> = { jpg: ['jpg', 'jpeg'] };

/**
 * The stored name of an upload whose content was detected as `ext` (pdf, xlsx…): refused when the name's own
 * extension says another type (a PDF named ".htaccess", a workbook named "x.zip"), and always ending in `.ext`.
 */
export function nameForDetectedType(raw: string, ext: string): string {
  const name = cleanFileName(raw);
  const dot = name.lastIndexOf('.');
  if (dot < 0) return `${name}.${ext}`;
  const given = name.slice(dot + 1).toLowerCase();
  if (!(NAME_EXTENSIONS[ext] ?? [ext]).includes(given)) throw new AppError('unprocessable', 'files.nameMismatch', { field: 'file' });
  return `${name.slice(0, dot).trim() || 'tep'}.${ext}`;
}

/** Stores a file for an owner inside the caller's transaction; returns its id. */
export async function storeFile(
  tx: Prisma.TransactionClient,
  f: { schoolId: string; ownerType: string; ownerId: string; fileName: string; mimeType: string; bytes: Buffer; uploadedBy: string | null },
) {
  const row = await tx.storedFile.create({
    data: {
      schoolId: f.schoolId,
      ownerType: f.ownerType,
      ownerId: f.ownerId,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.bytes.length,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
      content: new Uint8Array(f.bytes),
      uploadedBy: f.uploadedBy,
    },
  });
  return row.id;
}
