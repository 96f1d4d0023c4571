// Command: a new exemplar of a school year, as a draft without consent, with its audit row.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { checkExemplarSubject } from './checkExemplarSubject.ts';
import type { ExemplarInput } from './exemplar.schemas.ts';

/** Creates the draft; returns its id. Refuses (422) a subject or a school year that is not the school's. */
export async function createExemplar(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, input: ExemplarInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    if ((await tx.schoolYear.count({ where: { id: schoolYearId, schoolId } })) === 0)
      throw new AppError('unprocessable', 'form.choose', { field: 'schoolYearId' });
    await checkExemplarSubject(tx, schoolId, input);
    const row = await tx.exemplar.create({ data: { schoolId, schoolYearId, ...input, createdById: ctx.actor.id, createdAt: ctx.now } });
    await recordEvent(tx, ctx, {
      action: 'exemplar.create',
      subject: 'Exemplar',
      subjectId: row.id,
      after: { kind: input.kind, title: input.title, schoolYearId },
    });
    return row.id;
  });
}
