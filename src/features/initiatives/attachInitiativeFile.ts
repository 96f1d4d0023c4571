// Command: attach a file (PDF, DOCX, image; type sniffed and size-limited before this point) to a draft initiative.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { storeFile } from '../files/storeFile.ts';

/** The types an initiative's evidence may have. */
export const INITIATIVE_FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'image/webp',
];

/** Stores the file for the initiative while it is still a draft; returns the file's id. */
export async function attachInitiativeFile(prisma: PrismaClient, ctx: CommandContext, id: string, file: { fileName: string; mimeType: string; bytes: Buffer }) {
  if (!INITIATIVE_FILE_TYPES.includes(file.mimeType)) throw new AppError('unprocessable', 'initiatives.fileType', { field: 'file' });
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status::text AS status FROM "InitiativeRecord" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
    if (rows[0].status !== 'draft') throw new AppError('conflict', 'initiatives.notDraft');
    const fileId = await storeFile(tx, { schoolId, ownerType: 'Initiative', ownerId: id, ...file, uploadedBy: ctx.actor.id });
    await recordEvent(tx, ctx, {
      action: 'initiative.attach',
      subject: 'InitiativeRecord',
      subjectId: id,
      after: { fileId, fileName: file.fileName, mimeType: file.mimeType },
    });
    return fileId;
  });
}
