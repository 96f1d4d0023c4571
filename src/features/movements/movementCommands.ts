// Movement commands: save (create/update), change status, attach a guidance file. Each audited in one transaction.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError, refusalError } from '../../errors.ts';
import { storeFile } from '../files/storeFile.ts';
import { notifyMany } from '../notifications/notify.ts';
import type { MovementInput } from './movement.schemas.ts';
import { summaryRequired, whyNotStep } from './movement.policy.ts';

/** Creates (no id) or updates a movement of the actor's school; returns its id. */
export async function saveMovement(prisma: PrismaClient, ctx: CommandContext, input: MovementInput, id?: string): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  const { collectiveIds, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    const ids = input.wholeSchool ? [] : collectiveIds;
    if (input.planId && !(await tx.plan.findFirst({ where: { id: input.planId, schoolId } })))
      throw new AppError('unprocessable', 'form.choose', { field: 'planId' });
    if ((await tx.collective.count({ where: { schoolId, id: { in: ids } } })) !== new Set(ids).size)
      throw new AppError('unprocessable', 'form.choose', { field: 'collectiveIds' });
    const before = id ? await tx.movement.findFirst({ where: { id, schoolId }, include: { collectives: true } }) : null;
    if (id && !before) throw new AppError('not_found', 'error.notFound.body');
    const movement = id ? await tx.movement.update({ where: { id }, data: fields }) : await tx.movement.create({ data: { ...fields, schoolId } });
    await tx.movementCollective.deleteMany({ where: { movementId: movement.id } });
    if (ids.length) await tx.movementCollective.createMany({ data: ids.map((collectiveId) => ({ movementId: movement.id, collectiveId, schoolId })) });
    await recordEvent(tx, ctx, { action: id ? 'movement.update' : 'movement.create', subject: 'Movement', subjectId: movement.id, before, after: input });
    return movement.id;
  });
}

/** Moves a movement one step forward; launching notifies every staff account. */
export async function changeMovementStatus(
  prisma: PrismaClient,
  ctx: CommandContext,
  id: string,
  to: 'planned' | 'launched' | 'midterm_reviewed' | 'closed',
  summary: string,
) {
  await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      Array<{ status: string }>
    >`SELECT status FROM "Movement" WHERE id = ${id}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
    const from = locked[0].status as 'planned';
    const refusal = whyNotStep(from, to);
    if (refusal) throw refusalError(refusal);
    if (summaryRequired(to, summary)) throw new AppError('unprocessable', 'movements.summaryRequired', { field: 'summary' });
    const movement = await tx.movement.update({
      where: { id },
      data: { status: to, ...(to === 'midterm_reviewed' ? { midtermSummary: summary } : {}), ...(to === 'closed' ? { resultsSummary: summary } : {}) },
    });
    await recordEvent(tx, ctx, { action: 'movement.status', subject: 'Movement', subjectId: id, before: { status: from }, after: { status: to, summary } });
    if (to === 'launched') {
      const users = await tx.user.findMany({ where: { schoolId: ctx.actor.schoolId, disabled: false, staffId: { not: null } }, select: { id: true } });
      await notifyMany(
        tx,
        users.map((u) => ({
          schoolId: ctx.actor.schoolId,
          userId: u.id,
          kind: 'movement',
          title: 'notify.movementLaunched',
          body: movement.name,
          link: `/movements/${id}`,
          dedupeKey: `movement:${id}:launched`,
        })),
        ctx.now,
      );
    }
  });
}

/** Attaches a sniffed, accepted guidance file to a movement. */
export async function attachMovementFile(prisma: PrismaClient, ctx: CommandContext, id: string, file: { fileName: string; mimeType: string; bytes: Buffer }) {
  return prisma.$transaction(async (tx) => {
    if (!(await tx.movement.findFirst({ where: { id, schoolId: ctx.actor.schoolId } }))) throw new AppError('not_found', 'error.notFound.body');
    const fileId = await storeFile(tx, { schoolId: ctx.actor.schoolId, ownerType: 'Movement', ownerId: id, uploadedBy: ctx.actor.id, ...file });
    await recordEvent(tx, ctx, {
      action: 'movement.file.add',
      subject: 'Movement',
      subjectId: id,
      after: { fileId, fileName: file.fileName, size: file.bytes.length, mimeType: file.mimeType },
    });
    return fileId;
  });
}
