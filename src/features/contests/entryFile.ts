// The file of an entry (PDF or DOCX, at most ENTRY_FILE_MAX_BYTES): checked before the transaction, stored inside it
// in place of the previous one.
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { storeFile } from '../files/storeFile.ts';
import { ENTRY_FILE_MAX_BYTES, ENTRY_FILE_TYPES } from './contest.schemas.ts';

/** An upload already sniffed: `mimeType` is the detected type. */
export interface EntryUpload {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** Refuses (422 beside the file field) a type other than PDF/DOCX or a file over the limit. */
export function checkEntryFile(file: EntryUpload | null): void {
  if (!file) return;
  if (!ENTRY_FILE_TYPES.includes(file.mimeType)) throw new AppError('unprocessable', 'contests.file.type', { field: 'file' });
  if (file.bytes.length > ENTRY_FILE_MAX_BYTES) throw new AppError('unprocessable', 'contests.file.tooLarge', { field: 'file' });
}

/** Replaces the entry's file with `file`; returns whether the entry has a file afterwards. */
export async function replaceEntryFile(tx: Prisma.TransactionClient, schoolId: string, entryId: string, file: EntryUpload | null, uploadedBy: string | null) {
  if (!file) return (await tx.storedFile.count({ where: { schoolId, ownerType: 'ContestEntry', ownerId: entryId } })) > 0;
  await tx.storedFile.deleteMany({ where: { schoolId, ownerType: 'ContestEntry', ownerId: entryId } });
  await storeFile(tx, { schoolId, ownerType: 'ContestEntry', ownerId: entryId, uploadedBy, ...file });
  return true;
}

/** Refuses (422) an exemplar that is not a published one of the school. */
export async function checkEntryExemplar(tx: Prisma.TransactionClient, schoolId: string, exemplarId: string | null): Promise<void> {
  if (exemplarId && (await tx.exemplar.count({ where: { id: exemplarId, schoolId, status: 'published' } })) === 0)
    throw new AppError('unprocessable', 'form.choose', { field: 'exemplarId' });
}
