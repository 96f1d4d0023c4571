// Command: a new contest of a school year, as a draft, with its audit row.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import type { ContestInput } from './contest.schemas.ts';

/** Creates the draft contest; returns its id. Refuses (422) a school year that is not the school's. */
export async function createContest(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, input: ContestInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    if ((await tx.schoolYear.count({ where: { id: schoolYearId, schoolId } })) === 0)
      throw new AppError('unprocessable', 'form.choose', { field: 'schoolYearId' });
    const row = await tx.contest.create({ data: { schoolId, schoolYearId, ...input, createdById: ctx.actor.id, createdAt: ctx.now } });
    await recordEvent(tx, ctx, { action: 'contest.create', subject: 'Contest', subjectId: row.id, after: { title: input.title, schoolYearId } });
    return row.id;
  });
}
