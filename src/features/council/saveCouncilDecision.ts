// Command: record a council decision. From its effective date it ends the terms it no longer lists (the day before),
// opens the seats it adds and keeps the others, in one transaction with its audit row. Decisions of one school are
// serialised by an advisory lock; the exclusion constraint on chairs backs the check up.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { dayBefore, isoOfCalendarDate } from '../../domain/calendarDate.ts';
import type { CouncilRoleName } from '../../domain/permissions.ts';
import { whyNotInitiativeCouncil } from '../../domain/initiatives/councilComposition.ts';
import { AppError } from '../../errors.ts';
import { rulesForYear } from '../initiatives/initiative.queries.ts';
import { planCouncilChange, type Seat } from './planCouncilChange.ts';

export interface CouncilDecisionInput {
  number: string;
  signedOn: Date;
  /** The date the decision takes effect; the signing date when not given. */
  effectiveOn?: Date | null;
  /** The whole council (and initiative council) from the effective date. */
  members: Array<{ staffId: string; role: CouncilRoleName }>;
  /** The initiative council's chair (also seated on it); null or absent when the decision sets none. */
  initiativeChairId?: string | null;
}

const refuse = (field: string, messageKey: string) => new AppError('unprocessable', messageKey, { field });

/**
 * Writes a decision and its changes to the terms inside the caller's transaction (the command below, and the demo
 * seed). The caller holds the school's council lock. Refusals are AppErrors with the field they belong to.
 */
export async function writeCouncilDecision(
  tx: Prisma.TransactionClient,
  schoolId: string,
  year: { id: string; startsOn: Date; endsOn: Date },
  input: CouncilDecisionInput,
): Promise<{ decisionId: string; effectiveOn: Date; opened: Seat[]; ended: Seat[]; repeated?: true }> {
  const effectiveOn = input.effectiveOn ?? input.signedOn;
  if (effectiveOn < year.startsOn || effectiveOn > year.endsOn) throw refuse('effectiveOn', 'council.effectiveOutsideYear');
  const existing = await tx.councilDecision.findFirst({ where: { schoolId, number: input.number } });
  if (existing) {
    // The same decision sent again (a double click, a resent form) is the one already recorded: no second effect.
    if (await isSameDecision(tx, existing, year.id, effectiveOn, input)) return { decisionId: existing.id, effectiveOn, opened: [], ended: [], repeated: true };
    throw refuse('number', 'council.numberTaken');
  }
  const staffCount = await tx.staff.count({ where: { schoolId, id: { in: input.members.map((m) => m.staffId) } } });
  if (staffCount !== new Set(input.members.map((m) => m.staffId)).size) throw refuse('members', 'form.choose');
  const terms = await tx.councilMembership.findMany({
    where: { schoolId, OR: [{ validTo: null }, { validTo: { gte: dayBefore(effectiveOn) } }] },
    select: { id: true, staffId: true, role: true, validFrom: true, validTo: true },
  });
  const change = planCouncilChange(terms, input.members, effectiveOn);
  if (!change.ok) throw refuse(change.field, change.messageKey);
  await checkInitiativeCouncil(tx, schoolId, year.id, input);
  const decision = await tx.councilDecision.create({
    data: { schoolId, schoolYearId: year.id, number: input.number, signedOn: input.signedOn, effectiveOn, initiativeChairId: input.initiativeChairId ?? null },
  });
  await tx.councilMembership.updateMany({
    where: { schoolId, id: { in: change.end } },
    data: { validTo: dayBefore(effectiveOn), endedByDecisionId: decision.id },
  });
  await tx.councilMembership.updateMany({ where: { schoolId, id: { in: change.extend } }, data: { validTo: null } });
  await tx.councilMembership.createMany({
    data: change.open.map((s) => ({ schoolId, decisionId: decision.id, staffId: s.staffId, role: s.role, validFrom: effectiveOn })),
  });
  const ended = terms.filter((t) => change.end.includes(t.id)).map((t) => ({ staffId: t.staffId, role: t.role }));
  return { decisionId: decision.id, effectiveOn, opened: change.open, ended };
}

/** Refuses (beside the initiative column) an initiative council the year's rules do not allow. */
async function checkInitiativeCouncil(tx: Prisma.TransactionClient, schoolId: string, schoolYearId: string, input: CouncilDecisionInput) {
  const seatIds = input.members.filter((m) => m.role === 'initiative_council').map((m) => m.staffId);
  const chairId = input.initiativeChairId ?? null;
  if (chairId && !seatIds.includes(chairId)) throw refuse('initiative', 'council.initiativeChairNotSeated');
  const people = await tx.staff.findMany({
    where: { schoolId, id: { in: [...seatIds, ...(chairId ? [chairId] : [])] } },
    select: { id: true, position: true },
  });
  const holder = (id: string) => ({ staffId: id, position: people.find((p) => p.id === id)?.position ?? '' });
  const { rules } = await rulesForYear(tx, schoolId, schoolYearId);
  const why = whyNotInitiativeCouncil(rules.council, seatIds.map(holder), chairId ? holder(chairId) : null);
  if (why) throw refuse('initiative', why);
}

/** Creates a council decision for the school year and changes the terms it affects; returns its id. */
export async function saveCouncilDecision(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, input: CouncilDecisionInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  try {
    return await prisma.$transaction(async (tx) => {
      await lockCouncil(tx, schoolId);
      const year = await tx.schoolYear.findFirst({ where: { id: schoolYearId, schoolId } });
      if (!year) throw new AppError('not_found', 'error.notFound.body');
      const written = await writeCouncilDecision(tx, schoolId, year, input);
      if (written.repeated) return written.decisionId;
      await recordEvent(tx, ctx, {
        action: 'council.decision.create',
        subject: 'CouncilDecision',
        subjectId: written.decisionId,
        after: {
          startYear: year.startYear,
          number: input.number,
          signedOn: isoOfCalendarDate(input.signedOn),
          effectiveOn: isoOfCalendarDate(written.effectiveOn),
          members: input.members,
          initiativeChairId: input.initiativeChairId ?? null,
          opened: written.opened,
          ended: written.ended,
        },
      });
      return written.decisionId;
    });
  } catch (error) {
    // Exclusion violation: another chair's term overlaps (a concurrent change got there first).
    if (error instanceof Error && /CouncilMembership_one_chair_per_day/.test(`${error.message} ${String(error.cause)}`))
      throw refuse('members', 'council.chairOverlap');
    throw error;
  }
}

/** True when the recorded decision has the same year, dates and council (on its effective date) as the input. */
async function isSameDecision(
  tx: Prisma.TransactionClient,
  existing: { id: string; schoolId: string; schoolYearId: string; signedOn: Date; effectiveOn: Date },
  schoolYearId: string,
  effectiveOn: Date,
  input: CouncilDecisionInput,
): Promise<boolean> {
  if (existing.schoolYearId !== schoolYearId) return false;
  if (existing.signedOn.getTime() !== input.signedOn.getTime() || existing.effectiveOn.getTime() !== effectiveOn.getTime()) return false;
  const seated = await tx.councilMembership.findMany({
    where: { schoolId: existing.schoolId, validFrom: { lte: effectiveOn }, OR: [{ validTo: null }, { validTo: { gte: effectiveOn } }] },
    select: { staffId: true, role: true },
  });
  const key = (s: { staffId: string; role: string }) => `${s.staffId}:${s.role}`;
  const wanted = new Set(input.members.map(key));
  return seated.length === wanted.size && seated.every((s) => wanted.has(key(s)));
}

/** Serialises council changes of one school (transaction-scoped advisory lock). */
export async function lockCouncil(tx: Prisma.TransactionClient, schoolId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`council:${schoolId}`}))`;
}
