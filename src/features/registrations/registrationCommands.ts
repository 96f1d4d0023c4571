// Registration commands, each one transaction with its audit row. The unique key (school year, staff or collective)
// makes two tabs or a double click land on the same registration.
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import { recordEvent, recordEvents, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { notifyMany } from '../notifications/notify.ts';
import { isEmptyRegistration } from './isEmptyRegistration.ts';
import { withChoiceLists, withChoices, writeChoices } from './registrationChoices.ts';
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
  const reg = await tx.registration.findFirst({
    where: { schoolId, schoolYearId, ...(owner.staffId ? { staffId: owner.staffId } : { collectiveId: owner.collectiveId }) },
    include: withChoices,
  });
  return reg && withChoiceLists(reg);
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
    const titles = allowedCodes(owner.subject, 'titles', input.titles);
    const forms = allowedCodes(owner.subject, 'forms', input.forms);
    // Submitting (or registering late) needs at least one title or form: an empty registration means nothing to review.
    if ((input.submit || input.lateReason) && isEmptyRegistration({ titles, forms }))
      throw new AppError('unprocessable', 'registrations.chooseTitleOrForm', { field: 'titles' });
    const movements = await tx.movement.count({ where: { schoolId, id: { in: input.movementIds } } });
    if (movements !== new Set(input.movementIds).size) throw new AppError('unprocessable', 'form.choose', { field: 'movementIds' });
    const choices = {
      titles,
      forms,
      movementIds: [...new Set(input.movementIds)],
    };
    const data = {
      initiativeTitle: input.initiativeTitle,
      commitments: input.commitments,
      ...(input.submit ? { status: 'submitted' as const, submittedAt: ctx.now, returnReason: null } : {}),
      ...(input.lateReason ? { lateReason: input.lateReason } : {}),
    };
    const saved = existing
      ? await tx.registration.update({ where: { id: existing.id }, data: { ...data, revision: { increment: 1 } } })
      : await tx.registration.create({
          data: { ...data, schoolId, schoolYearId, subject: owner.subject, staffId: owner.staffId, collectiveId: owner.collectiveId },
        });
    await writeChoices(tx, saved.id, schoolId, choices);
    const action = input.lateReason ? 'registration.late' : input.submit ? 'registration.submit' : 'registration.save';
    await recordEvent(tx, ctx, {
      action,
      subject: 'Registration',
      subjectId: saved.id,
      before: existing ? { status: existing.status, titles: existing.titles, forms: existing.forms } : null,
      after: { status: saved.status, ...choices, ...data },
    });
    return saved.id;
  });
}

/** The accounts told about a review: the staff member, or the leader of the collective. */
async function ownerUsers(tx: Tx, regs: Array<{ id: string; staffId: string | null; collectiveId: string | null }>) {
  const collectiveIds = regs.flatMap((r) => (r.staffId || !r.collectiveId ? [] : [r.collectiveId]));
  const leaders = new Map(
    (await tx.collective.findMany({ where: { id: { in: collectiveIds } }, select: { id: true, leaderStaffId: true } })).map((c) => [c.id, c.leaderStaffId]),
  );
  const staffOf = (r: (typeof regs)[number]) => r.staffId ?? (r.collectiveId ? (leaders.get(r.collectiveId) ?? null) : null);
  const users = await tx.user.findMany({ where: { staffId: { in: regs.map(staffOf).filter((s): s is string => !!s) } }, select: { id: true, staffId: true } });
  return regs.flatMap((r) => users.filter((u) => u.staffId === staffOf(r)).map((u) => ({ registrationId: r.id, userId: u.id })));
}

/** Approves or returns (with a reason, notifying the owner) a submitted registration; 409 if it moved on. */
export async function reviewRegistration(prisma: PrismaClient, ctx: CommandContext, id: string, decision: 'approve' | 'return', reason: string) {
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      Array<{ status: string }>
    >`SELECT status FROM "Registration" WHERE id = ${id}::uuid AND "schoolId" = ${ctx.actor.schoolId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
    if (rows[0].status !== 'submitted') throw new AppError('conflict', 'registrations.notSubmitted');
    const current = withChoiceLists(await tx.registration.findUniqueOrThrow({ where: { id }, include: withChoices }));
    // An empty registration (submitted before the rule existed) can only be returned, never approved.
    if (decision === 'approve' && isEmptyRegistration(current)) throw new AppError('conflict', 'registrations.emptyCannotBeApproved');
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
    const title = decision === 'approve' ? 'notify.registrationApproved' : 'notify.registrationReturned';
    const notices = (await ownerUsers(tx, [reg])).map((o) => ({
      schoolId: ctx.actor.schoolId,
      userId: o.userId,
      kind: 'registration',
      title,
      body: reason || undefined,
      link: `/registrations/${id}`,
      ...(decision === 'approve' ? { dedupeKey: `registration:${id}:approved` } : {}),
    }));
    await notifyMany(tx, notices, ctx.now);
  });
}

/**
 * Approves every listed registration that is still submitted and not empty, in one transaction; returns how many.
 * The rows are locked in id order (two bulk approvals never deadlock) and re-read under the lock, so of N identical
 * concurrent requests exactly one approves each row; the others find it approved and count 0.
 */
export async function bulkApprove(prisma: PrismaClient, ctx: CommandContext, ids: string[]): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Registration"
      WHERE id = ANY(${[...new Set(ids)]}::uuid[]) AND "schoolId" = ${ctx.actor.schoolId}::uuid AND status = 'submitted'
      ORDER BY id FOR UPDATE`;
    const rows = (await tx.registration.findMany({ where: { id: { in: locked.map((r) => r.id) } }, include: withChoices }))
      .map(withChoiceLists)
      .filter((r) => !isEmptyRegistration(r));
    if (!rows.length) return 0;
    const approved = await tx.registration.updateMany({
      where: { id: { in: rows.map((r) => r.id) }, status: 'submitted' },
      data: { status: 'approved', reviewedAt: ctx.now, reviewedById: ctx.actor.id },
    });
    await recordEvents(
      tx,
      ctx,
      rows.map((reg) => ({
        action: 'registration.approve',
        subject: 'Registration',
        subjectId: reg.id,
        before: { status: 'submitted' },
        after: { status: 'approved', bulk: true },
      })),
    );
    const notices = (await ownerUsers(tx, rows)).map((o) => ({
      schoolId: ctx.actor.schoolId,
      userId: o.userId,
      kind: 'registration',
      title: 'notify.registrationApproved',
      link: `/registrations/${o.registrationId}`,
      dedupeKey: `registration:${o.registrationId}:approved`,
    }));
    await notifyMany(tx, notices, ctx.now);
    return approved.count;
  });
}
