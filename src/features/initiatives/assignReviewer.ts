// Commands: the secretary assigns a reviewer by hand, or lets the app assign every submitted initiative of the year
// (balanced by load). Both refuse authors and recused members — the same domain rule the scoring form applies —
// and the first assignment starts the review (authors are told).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { planAssignments } from '../../domain/initiatives/assignReviewers.ts';
import { barringConflict } from '../../domain/initiatives/conflicts.ts';
import { canAssignIn, type InitiativeStatus } from '../../domain/initiatives/initiativeStatus.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { initiativeCouncilOn } from './initiativeCouncil.ts';
import { rulesForYear } from './initiative.queries.ts';
import { notifyAuthors } from './notifyAuthors.ts';

type Tx = Prisma.TransactionClient;

async function conflictFacts(tx: Tx, schoolId: string, initiativeId: string) {
  const [authors, recusals, reviews] = await Promise.all([
    tx.initiativeAuthorRecord.findMany({ where: { schoolId, initiativeId }, include: { staff: { select: { collectiveId: true } } } }),
    tx.initiativeRecusal.findMany({ where: { schoolId, initiativeId }, select: { staffId: true } }),
    tx.initiativeReview.findMany({ where: { schoolId, initiativeId }, select: { reviewerStaffId: true } }),
  ]);
  return {
    id: initiativeId,
    authorStaffIds: authors.map((a) => a.staffId),
    authorCollectiveIds: [...new Set(authors.map((a) => a.staff.collectiveId).filter((c): c is string => c !== null))],
    recusedStaffIds: recusals.map((r) => r.staffId),
    assignedStaffIds: reviews.map((r) => r.reviewerStaffId),
  };
}

async function lockInitiative(tx: Tx, schoolId: string, id: string) {
  const rows = await tx.$queryRaw<Array<{ status: InitiativeStatus; schoolYearId: string | null }>>`
    SELECT status::text AS status, "schoolYearId" FROM "InitiativeRecord" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
  if (!rows[0] || !rows[0].schoolYearId) throw new AppError('not_found', 'error.notFound.body');
  if (!canAssignIn(rows[0].status)) throw new AppError('conflict', 'initiatives.notAssignable');
  return { status: rows[0].status, schoolYearId: rows[0].schoolYearId };
}

async function addReview(tx: Tx, ctx: CommandContext, initiativeId: string, staffId: string, automatic: boolean, status: InitiativeStatus) {
  await tx.initiativeReview.create({
    data: { schoolId: ctx.actor.schoolId, initiativeId, reviewerStaffId: staffId, automatic, assignedById: ctx.actor.id, assignedAt: ctx.now },
  });
  await recordEvent(tx, ctx, {
    action: 'initiative.assign',
    subject: 'InitiativeRecord',
    subjectId: initiativeId,
    after: { reviewerStaffId: staffId, automatic },
  });
  if (status === 'submitted') {
    await tx.initiativeRecord.update({ where: { id: initiativeId }, data: { status: 'under_review' } });
    await notifyAuthors(tx, ctx.actor.schoolId, initiativeId, 'under_review', ctx.now);
  }
}

/** Assigns one council member to review one initiative; refused (422, with the reason) for a conflict. */
export async function assignReviewer(prisma: PrismaClient, ctx: CommandContext, initiativeId: string, staffId: string): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const { status, schoolYearId } = await lockInitiative(tx, schoolId, initiativeId);
    const member = (await initiativeCouncilOn(tx, schoolId, vietnamDay(ctx.now))).find((m) => m.staffId === staffId);
    if (!member) throw new AppError('unprocessable', 'initiatives.notOnCouncil', { field: 'staffId' });
    const facts = await conflictFacts(tx, schoolId, initiativeId);
    const { rules } = await rulesForYear(tx, schoolId, schoolYearId);
    const conflict = barringConflict(member, facts, rules.excludeSameCollective.value);
    if (conflict) throw new AppError('unprocessable', `initiatives.conflict.${conflict}`, { field: 'staffId' });
    if (facts.assignedStaffIds.includes(staffId)) return;
    await addReview(tx, ctx, initiativeId, staffId, false, status);
  });
}

/** Assigns reviewers to every initiative of the year still missing some; returns the initiatives left short. */
export async function autoAssignReviewers(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string) {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    // One automatic run at a time per year: two clicks must not both add a second reviewer.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`initiative-assign:${schoolYearId}`}))`;
    const { rules } = await rulesForYear(tx, schoolId, schoolYearId);
    const open = await tx.initiativeRecord.findMany({
      where: { schoolId, schoolYearId, status: { in: ['submitted', 'under_review'] } },
      select: { id: true, status: true },
    });
    const members = await initiativeCouncilOn(tx, schoolId, vietnamDay(ctx.now));
    const loads = await tx.initiativeReview.groupBy({
      by: ['reviewerStaffId'],
      where: { schoolId, initiative: { schoolYearId, status: { in: ['submitted', 'under_review'] } } },
      _count: true,
    });
    const facts = [];
    for (const i of open) facts.push(await conflictFacts(tx, schoolId, i.id));
    const plan = planAssignments(
      members.map((m) => ({ ...m, load: loads.find((l) => l.reviewerStaffId === m.staffId)?._count ?? 0 })),
      facts,
      rules.reviewersPerInitiative.value,
      rules.excludeSameCollective.value,
    );
    const started = new Set<string>();
    for (const a of plan.assignments) {
      const status = open.find((i) => i.id === a.initiativeId)!.status;
      await addReview(tx, ctx, a.initiativeId, a.staffId, true, started.has(a.initiativeId) ? 'under_review' : status);
      started.add(a.initiativeId);
    }
    return { assigned: plan.assignments.length, short: plan.short };
  });
}
