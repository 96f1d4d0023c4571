// Commands: edit the school's identity, a school year's settings, and open the next school year (all audited).
import { vietnamYear } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { schoolYearDates } from '../../domain/schoolYear.ts';
import { AppError } from '../../errors.ts';

/** Updates the actor's school. */
export async function saveSchool(
  prisma: PrismaClient,
  ctx: CommandContext,
  input: { name: string; governingBody: string; address: string; placeName: string; documentPrefix: string },
) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.school.findUniqueOrThrow({ where: { id: ctx.actor.schoolId } });
    await tx.school.update({ where: { id: before.id }, data: input });
    await recordEvent(tx, ctx, { action: 'school.update', subject: 'School', subjectId: before.id, before, after: input });
  });
}

/** Updates one school year's settings (governing body, receiving council, evaluation date). */
export async function saveSchoolYear(
  prisma: PrismaClient,
  ctx: CommandContext,
  id: string,
  input: { governingBody: string; upperCouncil: string; evaluationDate: Date },
) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.schoolYear.findFirst({ where: { id, schoolId: ctx.actor.schoolId } });
    if (!before) throw new AppError('not_found', 'error.notFound.body');
    if (input.evaluationDate < before.startsOn || input.evaluationDate > before.endsOn) {
      throw new AppError('unprocessable', 'school.evaluationDateInYear', { field: 'evaluationDate' });
    }
    await tx.schoolYear.update({ where: { id }, data: input });
    await recordEvent(tx, ctx, { action: 'schoolYear.update', subject: 'SchoolYear', subjectId: id, before, after: input });
  });
}

/** Opens the school year after the latest one, copying its settings. */
export async function openNextSchoolYear(prisma: PrismaClient, ctx: CommandContext): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const latest = await tx.schoolYear.findFirst({ where: { schoolId: ctx.actor.schoolId }, orderBy: { startYear: 'desc' } });
    const startYear = latest ? latest.startYear + 1 : vietnamYear(ctx.now);
    const school = await tx.school.findUniqueOrThrow({ where: { id: ctx.actor.schoolId } });
    const created = await tx.schoolYear.create({
      data: {
        schoolId: school.id,
        startYear,
        ...schoolYearDates(startYear),
        governingBody: latest?.governingBody ?? school.governingBody,
        upperCouncil: latest?.upperCouncil ?? '',
      },
    });
    await recordEvent(tx, ctx, { action: 'schoolYear.create', subject: 'SchoolYear', subjectId: created.id, after: { startYear } });
    return startYear;
  });
}
