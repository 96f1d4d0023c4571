// Commands: the secretary records that an exported version was sent (date, channel, reference), or that the upper
// level returned it with a reason. A returned version stays in the history; the next export makes a new version.
import type { CommandContext } from '../../audit/recordEvent.ts';
import { recordEvent } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';

export type SubmissionChange =
  { kind: 'sent'; sentOn: Date; channel: string; reference: string | null } | { kind: 'returned'; returnedOn: Date; reason: string };

/** Records the sending or the return of export `id`; refuses a version not exported, or returned before being sent. */
export async function recordDossierSubmission(prisma: PrismaClient, ctx: CommandContext, id: string, change: SubmissionChange): Promise<void> {
  const { schoolId } = ctx.actor;
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "DossierExport" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const row = await tx.dossierExport.findFirst({ where: { id, schoolId }, omit: { pdf: true, zip: true } });
    if (!row) throw new AppError('not_found', 'error.notFound.body');
    if (row.status !== 'done') throw new AppError('conflict', 'dossiers.refusal.notExported');
    if (change.kind === 'returned' && !row.sentOn) throw new AppError('conflict', 'dossiers.refusal.notSent');
    const data =
      change.kind === 'sent'
        ? { sentOn: change.sentOn, sentChannel: change.channel, sentReference: change.reference }
        : { returnedOn: change.returnedOn, returnReason: change.reason };
    await tx.dossierExport.update({ where: { id }, data });
    await recordEvent(tx, ctx, { action: `dossier.${change.kind}`, subject: 'DossierExport', subjectId: id, after: data });
  });
}
