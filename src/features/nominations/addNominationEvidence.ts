// Command: an evidence file (sniffed and checked by the upload guards) attached to a nomination still proposed. The
// nomination's row lock serialises a double submission; the same bytes sent twice in a row are stored once.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { storeFile } from '../files/storeFile.ts';

/** Stores the file and links it to the nomination; returns the file id (the earlier one for an identical repeat). */
export async function addNominationEvidence(
  prisma: PrismaClient,
  ctx: CommandContext,
  nominationId: string,
  file: { fileName: string; mimeType: string; bytes: Buffer },
): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status::text FROM "Nomination" WHERE id = ${nominationId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
    if (rows[0].status !== 'proposed') throw new AppError('conflict', 'nominations.refusal.evidenceClosed');
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const same = await tx.storedFile.findFirst({ where: { schoolId, ownerType: 'Nomination', ownerId: nominationId, sha256, fileName: file.fileName } });
    if (same) return same.id;
    const fileId = await storeFile(tx, { schoolId, ownerType: 'Nomination', ownerId: nominationId, uploadedBy: ctx.actor.id, ...file });
    await tx.nominationEvidence.create({ data: { nominationId, fileId, schoolId } });
    await recordEvent(tx, ctx, {
      action: 'nomination.evidence.add',
      subject: 'Nomination',
      subjectId: nominationId,
      after: { fileId, fileName: file.fileName },
    });
    return fileId;
  });
}
