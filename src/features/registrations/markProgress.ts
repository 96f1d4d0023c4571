// Command: the group leader records a mid-year progress note on a member's registration.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';

/** Records the progress note; the same note again (a double click) changes nothing. */
export async function markProgress(prisma: PrismaClient, ctx: CommandContext, registrationId: string, note: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ progressNote: string | null }>>`
      SELECT "progressNote" FROM "Registration" WHERE id = ${registrationId}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
    if (locked[0].progressNote === note) return;
    await tx.registration.update({ where: { id: registrationId }, data: { progressNote: note, progressAt: ctx.now } });
    await recordEvent(tx, ctx, {
      action: 'registration.progress',
      subject: 'Registration',
      subjectId: registrationId,
      before: { progressNote: locked[0].progressNote },
      after: { progressNote: note },
    });
  });
}
