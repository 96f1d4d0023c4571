// Mid-year follow-up: the staff member's evidence against their commitments, and the group leader's progress note.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { storeFile } from '../files/storeFile.ts';

/** Adds evidence (text and optionally a sniffed file) to a registration. */
export async function addEvidence(
  prisma: PrismaClient,
  ctx: CommandContext,
  registrationId: string,
  text: string,
  file?: { fileName: string; mimeType: string; bytes: Buffer },
) {
  await prisma.$transaction(async (tx) => {
    const fileId = file
      ? await storeFile(tx, { schoolId: ctx.actor.schoolId, ownerType: 'Registration', ownerId: registrationId, uploadedBy: ctx.actor.id, ...file })
      : null;
    const row = await tx.registrationEvidence.create({ data: { schoolId: ctx.actor.schoolId, registrationId, text, fileId, createdBy: ctx.actor.id! } });
    await recordEvent(tx, ctx, {
      action: 'registration.evidence',
      subject: 'Registration',
      subjectId: registrationId,
      after: { evidenceId: row.id, text, fileId },
    });
  });
}

/** Records the group leader's progress note. */
export async function markProgress(prisma: PrismaClient, ctx: CommandContext, registrationId: string, note: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
    await tx.registration.update({ where: { id: registrationId }, data: { progressNote: note, progressAt: ctx.now } });
    await recordEvent(tx, ctx, {
      action: 'registration.progress',
      subject: 'Registration',
      subjectId: registrationId,
      before: { progressNote: before.progressNote },
      after: { progressNote: note },
    });
  });
}
