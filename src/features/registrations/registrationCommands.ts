// Registration commands, each one transaction with its audit row. The unique key (school year, staff or collective)
// makes two tabs or a double click land on the same registration.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { notify } from '../notifications/notify.ts';
import { allowedCodes } from './registrationOptions.ts';
import type { RegistrationInput } from './registration.schemas.ts';

type Tx = Prisma.TransactionClient;
export interface Owner {
  subject: 'staff' | 'collective' | 'school';
  staffId: string | null;
  collectiveId: string | null;
}

async function lock(tx: Tx, schoolId: string, schoolYearId: string, owner: Owner) {
  const key = owner.staffId ?? owner.collectiveId!;
  // Serialise concurrent saves of the same registration (two tabs): the first creates, the second updates.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`registration:${schoolYearId}:${key}`}))`;
  return tx.registration.findFirst({
    where: { schoolId, schoolYearId, ...(owner.staffId ? { staffId: owner.staffId } : { collectiveId: owner.collectiveId }) },
  });
}

/** Saves (and with submit, submits) a registration; `late` records the secretary's reason. Returns its id. */
export async function saveRegistration(
  prisma: PrismaClient,
  ctx: CommandContext,
  schoolYearId: string,
  owner: Owner,
  input: RegistrationInput & { submit: boolean; lateReason?: string },
) {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const existing = await lock(tx, schoolId, schoolYearId, owner);
    if (existing && input.revision !== undefined && existing.revision !== input.revision && !input.lateReason)
      throw new AppError('conflict', 'registrations.editedMeanwhile');
    if (existing && input.lateReason && (existing.status === 'submitted' || existing.status === 'approved')) {
      // A late registration completes a missing or unfinished one; it never overwrites what the person submitted.
      throw new AppError('conflict', 'registrations.alreadyRegistered');
    }
    if (existing && (existing.status === 'approved' || existing.status === 'submitted')) {
      // A second submit from another tab finds it already submitted: nothing to do, no duplicate.
      if (existing.status === 'submitted' && input.submit) return existing.id;
      throw new AppError('conflict', existing.status === 'approved' ? 'registrations.alreadyApproved' : 'registrations.awaitingReview');
    }
    const movements = await tx.movement.count({ where: { schoolId, id: { in: input.movementIds } } });
    if (movements !== new Set(input.movementIds).size) throw new AppError('unprocessable', 'form.choose', { field: 'movementIds' });
    const data = {
      titles: allowedCodes(owner.subject, 'titles', input.titles),
      forms: allowedCodes(owner.subject, 'forms', input.forms),
      initiativeTitle: input.initiativeTitle,
      movementIds: [...new Set(input.movementIds)],
      commitments: input.commitments,
      ...(input.submit ? { status: 'submitted' as const, submittedAt: ctx.now, returnReason: null } : {}),
      ...(input.lateReason ? { lateReason: input.lateReason } : {}),
    };
    const saved = existing
      ? await tx.registration.update({ where: { id: existing.id }, data: { ...data, revision: { increment: 1 } } })
      : await tx.registration.create({
          data: { ...data, schoolId, schoolYearId, subject: owner.subject, staffId: owner.staffId, collectiveId: owner.collectiveId },
        });
    const action = input.lateReason ? 'registration.late' : input.submit ? 'registration.submit' : 'registration.save';
    await recordEvent(tx, ctx, {
      action,
      subject: 'Registration',
      subjectId: saved.id,
      before: existing ? { status: existing.status, titles: existing.titles, forms: existing.forms } : null,
      after: { status: saved.status, ...data },
    });
    return saved.id;
  });
}

async function ownerUsers(tx: Tx, reg: { staffId: string | null; collectiveId: string | null }) {
  const staffIds = reg.staffId
    ? [reg.staffId]
    : (await tx.collective.findMany({ where: { id: reg.collectiveId ?? '' }, select: { leaderStaffId: true } })).map((c) => c.leaderStaffId!).filter(Boolean);
  return tx.user.findMany({ where: { staffId: { in: staffIds } }, select: { id: true } });
}

/** Approves or returns (with a reason, notifying the owner) a submitted registration; 409 if it moved on. */
export async function reviewRegistration(prisma: PrismaClient, ctx: CommandContext, id: string, decision: 'approve' | 'return', reason: string) {
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      Array<{ status: string }>
    >`SELECT status FROM "Registration" WHERE id = ${id}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
    if (rows[0].status !== 'submitted') throw new AppError('conflict', 'registrations.notSubmitted');
    const status = decision === 'approve' ? 'approved' : 'returned';
    const reg = await tx.registration.update({
      where: { id },
      data: { status, returnReason: decision === 'return' ? reason : null, reviewedAt: ctx.now, reviewedById: ctx.actor.id },
    });
    await recordEvent(tx, ctx, {
      action: `registration.${decision}`,
      subject: 'Registration',
      subjectId: id,
      before: { status: 'submitted' },
      after: { status, reason: reason || null },
    });
    for (const u of await ownerUsers(tx, reg)) {
      await notify(
        tx,
        {
          schoolId: ctx.actor.schoolId,
          userId: u.id,
          kind: 'registration',
          title: decision === 'approve' ? 'notify.registrationApproved' : 'notify.registrationReturned',
          body: reason || undefined,
          link: `/registrations/${id}`,
        },
        ctx.now,
      );
    }
  });
}

/** Approves every listed registration that is still submitted, in one transaction; returns how many. */
export async function bulkApprove(prisma: PrismaClient, ctx: CommandContext, ids: string[]): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.registration.findMany({ where: { id: { in: ids }, schoolId: ctx.actor.schoolId, status: 'submitted' } });
    for (const reg of rows) {
      await tx.registration.update({ where: { id: reg.id }, data: { status: 'approved', reviewedAt: ctx.now, reviewedById: ctx.actor.id } });
      await recordEvent(tx, ctx, {
        action: 'registration.approve',
        subject: 'Registration',
        subjectId: reg.id,
        before: { status: 'submitted' },
        after: { status: 'approved', bulk: true },
      });
      for (const u of await ownerUsers(tx, reg))
        await notify(
          tx,
          { schoolId: ctx.actor.schoolId, userId: u.id, kind: 'registration', title: 'notify.registrationApproved', link: `/registrations/${reg.id}` },
          ctx.now,
        );
    }
    return rows.length;
  });
}
