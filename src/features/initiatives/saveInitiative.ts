// Command: save an initiative's submission as a draft, or submit it. The author must be among the authors, the
// shares must be whole and sum to 100 (checked here for the message, and by a deferred trigger in the database),
// and submitting respects the year's deadline. Concurrent saves of one draft are serialised by a row lock.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyInvalidShares } from '../../domain/initiatives/contributionShares.ts';
import { whyNotSubmit } from '../../domain/initiatives/initiativeStatus.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { notifyAuthors } from './notifyAuthors.ts';
import type { InitiativeInput } from './initiative.schemas.ts';
import { submissionDeadline } from './initiative.queries.ts';

/** Creates (id undefined) or updates a draft; with action "submit" also submits it. Returns the initiative's id. */
export async function saveInitiative(
  prisma: PrismaClient,
  ctx: CommandContext,
  o: { schoolYear: { id: string; startYear: number }; authorStaffId: string; id?: string; input: InitiativeInput },
): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  const { input } = o;
  if (!input.authors.some((a) => a.staffId === o.authorStaffId)) throw new AppError('unprocessable', 'initiatives.mustBeAuthor', { field: 'authors' });
  const sharesReason = whyInvalidShares(input.authors);
  if (sharesReason) throw new AppError('unprocessable', sharesReason, { field: 'authors' });
  return prisma.$transaction(async (tx) => {
    const staffCount = await tx.staff.count({ where: { schoolId, id: { in: input.authors.map((a) => a.staffId) } } });
    if (staffCount !== input.authors.length) throw new AppError('unprocessable', 'form.choose', { field: 'authors' });
    let before: { status: string; revision: number } | null = null;
    if (o.id) {
      const rows = await tx.$queryRaw<Array<{ status: string; revision: number }>>`
        SELECT status::text AS status, revision FROM "InitiativeRecord" WHERE id = ${o.id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
      before = rows[0] ?? null;
      if (!before) throw new AppError('not_found', 'error.notFound.body');
      if (before.status !== 'draft') throw new AppError('conflict', 'initiatives.notDraft');
      if (input.revision !== undefined && input.revision !== before.revision) throw new AppError('conflict', 'initiatives.editedMeanwhile');
    }
    const submit = input.action === 'submit';
    if (submit) {
      const reason = whyNotSubmit('draft', vietnamDay(ctx.now), await submissionDeadline(tx, schoolId, o.schoolYear.id));
      if (reason) throw new AppError('unprocessable', reason, { field: '_form' });
    }
    const data = {
      title: input.title,
      field: input.field,
      firstAppliedOn: input.firstAppliedOn,
      appliedWhere: input.appliedWhere,
      problem: input.problem,
      solution: input.solution,
      novelty: input.novelty,
      benefits: input.benefits,
      beforeFigures: input.beforeFigures,
      afterFigures: input.afterFigures,
      scope: input.scope,
      ...(submit ? { status: 'submitted' as const, submittedAt: ctx.now } : {}),
    };
    const clash = await tx.initiativeRecord.findFirst({
      where: { schoolId, startYear: o.schoolYear.startYear, title: input.title, NOT: { id: o.id ?? undefined } },
    });
    if (clash) throw new AppError('unprocessable', 'initiatives.titleTaken', { field: 'title' });
    const saved = o.id
      ? await tx.initiativeRecord.update({ where: { id: o.id }, data: { ...data, revision: { increment: 1 } } })
      : await tx.initiativeRecord.create({
          data: {
            ...data,
            schoolId,
            startYear: o.schoolYear.startYear,
            schoolYearId: o.schoolYear.id,
            source: 'submission',
            status: submit ? 'submitted' : 'draft',
            level: 'co_so',
            createdById: ctx.actor.id,
          },
        });
    await tx.initiativeAuthorRecord.deleteMany({ where: { initiativeId: saved.id, schoolId } });
    await tx.initiativeAuthorRecord.createMany({
      data: input.authors.map((a) => ({ initiativeId: saved.id, schoolId, staffId: a.staffId, sharePct: a.sharePct })),
    });
    await recordEvent(tx, ctx, {
      action: submit ? 'initiative.submit' : 'initiative.save',
      subject: 'InitiativeRecord',
      subjectId: saved.id,
      before,
      after: { status: saved.status, title: saved.title, authors: input.authors },
    });
    if (submit) await notifyAuthors(tx, schoolId, saved.id, 'submitted', ctx.now);
    return saved.id;
  });
}
