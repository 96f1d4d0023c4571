// Plan commands (each one transaction with its audit row): create/copy, edit, submit, return, approve.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { COUNCIL_ISSUER_CODE } from '../register/documentTypes.ts';
import { issueDocument } from '../register/issueDocument.ts';
import { planVersionDocument } from './planDocument.ts';
import { notifyMany } from '../notifications/notify.ts';
import { anniversaryPhrases, carryOverJson, planTexts } from './planCarryOver.ts';
import {
  planContentJson,
  planListJson,
  planSnapshotJson,
  readPlan,
  readPlanContent,
  type Anniversaries,
  type BasedOn,
  type PlanContent,
} from './planContent.ts';

/** What an edit may change. */
export interface PlanEdit {
  title?: string;
  content?: PlanContent;
  basedOn?: BasedOn;
  anniversaries?: Anniversaries;
}

type Tx = Prisma.TransactionClient;
type Status = 'draft' | 'submitted' | 'approved';

/** Loads the plan row for update (locking it) and checks it belongs to the actor's school. */
async function lockPlan(tx: Tx, ctx: CommandContext, id: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Plan" WHERE id = ${id}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
  return tx.plan.findUniqueOrThrow({ where: { id } });
}

function assertRevision(plan: { revision: number }, expected: number | undefined) {
  if (expected !== undefined && plan.revision !== expected) throw new AppError('conflict', 'plan.editedMeanwhile');
}

/** A new plan for `year`, copied from the latest earlier plan when there is one (else a skeleton). */
export async function createPlan(prisma: PrismaClient, ctx: CommandContext, year: number, skeleton: { title: string; content: PlanContent }) {
  return prisma.$transaction(async (tx) => {
    if (await tx.plan.findFirst({ where: { schoolId: ctx.actor.schoolId, year } })) throw new AppError('unprocessable', 'plan.yearExists', { field: 'year' });
    const previous = await tx.plan.findFirst({ where: { schoolId: ctx.actor.schoolId, year: { lt: year } }, orderBy: { year: 'desc' } });
    // Only "năm <previous year>" is the plan's year; other years in the title (a 2021-2026 programme) stay as they are.
    const retitle = (t: string) => t.replace(new RegExp(`(năm\\s+)${previous?.year}\\b`, 'g'), `$1${year}`);
    const source = previous ? readPlan(previous) : null;
    // A copy keeps last year's căn cứ and anniversaries as rows to revise, and remembers what it carried over
    // (planCarryOver.ts), so that every stale year and anniversary is marked until edited.
    const plan = await tx.plan.create({
      data: source
        ? {
            schoolId: ctx.actor.schoolId,
            year,
            title: retitle(source.title),
            content: planContentJson(source.content),
            basedOn: planListJson(source.basedOn),
            anniversaries: planListJson(source.anniversaries),
            roleDuties: planListJson(source.roleDuties),
            carryOver: carryOverJson({
              version: 1,
              fromYear: source.year,
              anniversaryPhrases: anniversaryPhrases(planTexts(source.content), source.anniversaries),
            }),
            lastEditedById: ctx.actor.id,
          }
        : {
            schoolId: ctx.actor.schoolId,
            year,
            title: skeleton.title,
            content: planContentJson(skeleton.content),
            basedOn: planListJson([]),
            anniversaries: planListJson([]),
            roleDuties: planListJson([]),
            lastEditedById: ctx.actor.id,
          },
    });
    await recordEvent(tx, ctx, { action: 'plan.create', subject: 'Plan', subjectId: plan.id, after: { year, copiedFrom: previous?.year ?? null } });
    return plan.id;
  });
}

/** Saves edited fields of a draft or approved plan (an approved plan goes back to draft: its versions stay). */
export async function editPlan(
  prisma: PrismaClient,
  ctx: CommandContext,
  id: string,
  expectedRevision: number | undefined,
  change: (p: { title: string; content: PlanContent }) => PlanEdit,
) {
  await prisma.$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx, id);
    assertRevision(plan, expectedRevision);
    if (plan.status === 'submitted') throw new AppError('conflict', 'plan.awaitingApproval');
    const edit = change({ title: plan.title, content: readPlanContent(plan.content) });
    const data = {
      ...(edit.title !== undefined ? { title: edit.title } : {}),
      ...(edit.content ? { content: planContentJson(edit.content) } : {}),
      ...(edit.basedOn ? { basedOn: planListJson(edit.basedOn) } : {}),
      ...(edit.anniversaries ? { anniversaries: planListJson(edit.anniversaries) } : {}),
    };
    await tx.plan.update({ where: { id }, data: { ...data, status: 'draft', revision: { increment: 1 }, lastEditedById: ctx.actor.id } });
    await recordEvent(tx, ctx, { action: 'plan.edit', subject: 'Plan', subjectId: id, before: { status: plan.status, revision: plan.revision }, after: edit });
  });
}

/** Moves a plan between states, re-checking the state inside the transaction (409 when it changed). */
export async function transitionPlan(prisma: PrismaClient, ctx: CommandContext, id: string, from: Status, to: Status, action: string) {
  await prisma.$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx, id);
    if (plan.status !== from) throw new AppError('conflict', plan.status === 'approved' ? 'plan.alreadyApproved' : 'plan.stateChanged');
    await tx.plan.update({ where: { id }, data: { status: to, ...(to === 'submitted' ? { submittedAt: ctx.now } : {}) } });
    await recordEvent(tx, ctx, { action, subject: 'Plan', subjectId: id, before: { status: from }, after: { status: to } });
  });
}

/**
 * Approves and publishes a submitted plan: a KH number from the register, a frozen version, a notice to all staff.
 * The notices are written after the commit in one statement, so the register's counter row is not held while they
 * are written; their dedupe key makes a retry harmless.
 */
export async function approvePlan(prisma: PrismaClient, ctx: CommandContext, id: string) {
  let title = '';
  const version = await prisma.$transaction(async (tx) => {
    const plan = await lockPlan(tx, ctx, id);
    title = plan.title;
    if (plan.status === 'approved') throw new AppError('conflict', 'plan.alreadyApproved');
    // A draft is approved in one step only by its author (the chair wrote it): re-checked here, under the row lock.
    const oneStep = plan.status === 'draft' && plan.lastEditedById !== null && plan.lastEditedById === ctx.actor.id;
    if (plan.status !== 'submitted' && !oneStep) throw new AppError('conflict', 'plan.notSubmitted');
    const count = await tx.planVersion.count({ where: { planId: id } });
    const school = await tx.school.findUniqueOrThrow({ where: { id: ctx.actor.schoolId } });
    // The number and the document as issued are stored together: downloads render this snapshot, not live rows.
    const doc = await issueDocument(tx, ctx, {
      type: 'KH',
      title: plan.title,
      issuedOn: vietnamDay(ctx.now),
      issuerCode: COUNCIL_ISSUER_CODE,
      subject: 'Plan',
      subjectId: id,
      kind: 'annualPlan',
      build: (issued) =>
        planVersionDocument(school, plan.year, { title: plan.title, content: plan.content, basedOn: plan.basedOn, anniversaries: plan.anniversaries }, issued),
    });
    const version = await tx.planVersion.create({
      data: {
        schoolId: ctx.actor.schoolId,
        planId: id,
        versionNo: count + 1,
        documentSymbol: doc.symbol,
        approvedOn: doc.issuedOn,
        approvedAt: ctx.now,
        approvedById: ctx.actor.id!,
        snapshot: planSnapshotJson(plan),
      },
    });
    await tx.plan.update({ where: { id }, data: { status: 'approved' } });
    await recordEvent(tx, ctx, {
      action: 'plan.approve',
      subject: 'Plan',
      subjectId: id,
      before: { status: plan.status },
      after: { status: 'approved', versionNo: version.versionNo, symbol: doc.symbol, ...(oneStep ? { oneStep: true } : {}) },
    });
    return version;
  });
  const users = await prisma.user.findMany({ where: { schoolId: ctx.actor.schoolId, disabled: false, staffId: { not: null } }, select: { id: true } });
  await notifyMany(
    prisma,
    users.map((u) => ({
      schoolId: ctx.actor.schoolId,
      userId: u.id,
      kind: 'plan',
      title: 'notify.planPublished',
      body: title,
      link: `/plans/${id}/versions/${version.versionNo}`,
      dedupeKey: `plan:${version.id}`,
    })),
    ctx.now,
  );
  return version;
}
