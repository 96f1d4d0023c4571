// Command: the staff member adds evidence (text, optionally a sniffed file) against their registration's commitments.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { storeFile } from '../files/storeFile.ts';

/** Adds evidence to a registration; the same evidence sent twice in a row (a double click) is stored once. */
export async function addEvidence(
  prisma: PrismaClient,
  ctx: CommandContext,
  registrationId: string,
  text: string,
  file?: { fileName: string; mimeType: string; bytes: Buffer },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    // The registration's row lock serialises concurrent additions, so the repeat check below sees the first one.
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Registration" WHERE id = ${registrationId}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
    const last = await tx.registrationEvidence.findFirst({ where: { registrationId }, orderBy: { createdAt: 'desc' } });
    if (last && last.createdBy === ctx.actor.id && last.text === text && (await sameFile(last.fileId, file))) return;
    const fileId = file
      ? await storeFile(tx, { schoolId: ctx.actor.schoolId, ownerType: 'Registration', ownerId: registrationId, uploadedBy: ctx.actor.id, ...file })
      : null;
    const row = await tx.registrationEvidence.create({
      data: { schoolId: ctx.actor.schoolId, registrationId, text, fileId, createdBy: ctx.actor.id!, createdAt: ctx.now },
    });
    await recordEvent(tx, ctx, {
      action: 'registration.evidence',
      subject: 'Registration',
      subjectId: registrationId,
      after: { evidenceId: row.id, text, fileId },
    });

    async function sameFile(fileId: string | null, f: typeof file): Promise<boolean> {
      if (!fileId || !f) return !fileId && !f;
      const stored = await tx.storedFile.findUnique({ where: { id: fileId }, select: { sha256: true } });
      return stored?.sha256 === createHash('sha256').update(f.bytes).digest('hex');
    }
  });
}
