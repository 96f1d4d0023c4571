// Command: an evidence file removed while the nomination is still a draft — proposed and not yet on a ballot paper
// (once the council votes, what it saw stays). The file goes with its link.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';

/** Removes the file; 'absent' when it is already gone (idempotent). */
export async function removeNominationEvidence(prisma: PrismaClient, ctx: CommandContext, nominationId: string, fileId: string): Promise<'removed' | 'absent'> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status::text FROM "Nomination" WHERE id = ${nominationId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
    if (rows[0].status !== 'proposed' || (await tx.roundNominee.count({ where: { nominationId } })) > 0)
      throw new AppError('conflict', 'nominations.refusal.evidenceFrozen');
    const link = await tx.nominationEvidence.findFirst({ where: { nominationId, fileId, schoolId } });
    if (!link) return 'absent' as const;
    const file = await tx.storedFile.delete({ where: { id: fileId }, select: { fileName: true } }); // cascades to the link
    await recordEvent(tx, ctx, {
      action: 'nomination.evidence.remove',
      subject: 'Nomination',
      subjectId: nominationId,
      before: { fileId, fileName: file.fileName },
    });
    return 'removed' as const;
  });
}
