// Command: a photo removed from an exemplar (it leaves the public page at once); idempotent.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { lockExemplar } from './lockExemplar.ts';

/** Removes the photo; 'absent' when it is already gone. */
export async function removeExemplarPhoto(prisma: PrismaClient, ctx: CommandContext, id: string, fileId: string): Promise<'removed' | 'absent'> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    await lockExemplar(tx, schoolId, id);
    const file = await tx.storedFile.findFirst({ where: { id: fileId, schoolId, ownerType: 'Exemplar', ownerId: id }, select: { fileName: true } });
    if (!file) return 'absent' as const;
    await tx.storedFile.delete({ where: { id: fileId } });
    await recordEvent(tx, ctx, { action: 'exemplar.photo.remove', subject: 'Exemplar', subjectId: id, before: { fileName: file.fileName } });
    return 'removed' as const;
  });
}
