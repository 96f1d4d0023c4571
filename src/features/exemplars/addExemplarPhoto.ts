// Command: a photo attached to an exemplar. Only images (JPEG, PNG, WebP) sniffed and header-checked by the upload
// guards, at most EXEMPLAR_PHOTO_MAX_BYTES and EXEMPLAR_PHOTO_MAX_COUNT per exemplar: these are shown publicly.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { storeFile } from '../files/storeFile.ts';
import { whyNotChangePhotos } from './exemplar.policy.ts';
import { lockExemplar, MANAGER, recheck } from './lockExemplar.ts';

export const EXEMPLAR_PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
/** Largest photo: 5 MB (a phone photo is 2–4 MB; the page shows it at most 720 px wide). */
export const EXEMPLAR_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const EXEMPLAR_PHOTO_MAX_COUNT = 8;

/** Stores the photo (already sniffed: `mimeType` is the detected type); returns the file id. */
export async function addExemplarPhoto(
  prisma: PrismaClient,
  ctx: CommandContext,
  id: string,
  file: { fileName: string; mimeType: string; bytes: Buffer },
): Promise<string> {
  if (!EXEMPLAR_PHOTO_TYPES.includes(file.mimeType)) throw new AppError('unprocessable', 'exemplars.photo.imagesOnly', { field: 'file' });
  if (file.bytes.length > EXEMPLAR_PHOTO_MAX_BYTES)
    throw new AppError('unprocessable', 'exemplars.photo.tooLarge', { field: 'file', params: { mb: EXEMPLAR_PHOTO_MAX_BYTES / 1024 / 1024 } });
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    await lockExemplar(tx, schoolId, id);
    recheck(whyNotChangePhotos(MANAGER));
    const count = await tx.storedFile.count({ where: { schoolId, ownerType: 'Exemplar', ownerId: id } });
    if (count >= EXEMPLAR_PHOTO_MAX_COUNT)
      throw new AppError('unprocessable', 'exemplars.photo.tooMany', { field: 'file', params: { max: EXEMPLAR_PHOTO_MAX_COUNT } });
    const fileId = await storeFile(tx, { schoolId, ownerType: 'Exemplar', ownerId: id, uploadedBy: ctx.actor.id, ...file });
    await recordEvent(tx, ctx, { action: 'exemplar.photo.add', subject: 'Exemplar', subjectId: id, after: { fileName: file.fileName } });
    return fileId;
  });
}
