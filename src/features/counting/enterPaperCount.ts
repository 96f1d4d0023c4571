// Command: a counting-committee member enters a batch of paper ballots: who returned one (members present on the
// round's roll), ballots issued and valid, and each nominee's agree / disagree / blank. Nothing is counted until a
// second committee member confirms. A member who already voted on screen cannot be put on paper (refused).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotPaperTotals } from '../../domain/ballot/countEntry.ts';
import { AppError } from '../../errors.ts';
import { lockOpenRound } from './lockOpenRound.ts';
import type { PaperInput } from './counting.schemas.ts';

/** Stores the unconfirmed paper count; returns its id. */
export async function enterPaperCount(prisma: PrismaClient, ctx: CommandContext, roundId: string, enteredBy: string, input: PaperInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, schoolId, roundId);
    const nominees = await tx.roundNominee.findMany({ where: { roundId }, orderBy: { nominationId: 'asc' } });
    const totals = nominees.map((n) => ({ nominationId: n.nominationId, ...(input.totals.get(n.nominationId) ?? { agree: 0, disagree: 0, blank: 0 }) }));
    const why = whyNotPaperTotals({ members: input.memberIds.length, ballotsIssued: input.ballotsIssued, ballotsValid: input.ballotsValid, nominees: totals });
    if (why) throw new AppError('unprocessable', why, { field: why === 'counting.form.sum' ? 'totals' : why.replace('counting.form.', '') });
    const eligible = await tx.roundEligibility.count({ where: { roundId, staffId: { in: input.memberIds } } });
    if (eligible !== input.memberIds.length) throw new AppError('unprocessable', 'counting.form.members', { field: 'members' });
    await refuseDoubleCount(tx, roundId, input.memberIds);
    const row = await tx.paperCount.create({
      data: {
        roundId,
        schoolId,
        staffIds: input.memberIds,
        ballotsIssued: input.ballotsIssued,
        ballotsValid: input.ballotsValid,
        totals,
        enteredById: enteredBy,
      },
    });
    // The audit row names the batch and its size, never the members together with the marks.
    await recordEvent(tx, ctx, {
      action: 'ballot.paper.enter',
      subject: 'BallotRound',
      subjectId: roundId,
      after: { paperCountId: row.id, papers: input.memberIds.length, ballotsIssued: input.ballotsIssued, ballotsValid: input.ballotsValid },
    });
    return row.id;
  });
}

/** 409 when one of the members voted on screen or is already in another paper batch of the round. */
export async function refuseDoubleCount(tx: Prisma.TransactionClient, roundId: string, memberIds: readonly string[]) {
  const onScreen = await tx.ballotParticipation.findMany({
    where: { roundId, staffId: { in: [...memberIds] } },
    include: { staff: { select: { fullName: true } } },
  });
  if (onScreen.length > 0)
    throw new AppError('conflict', 'counting.refusal.votedOnScreen', { params: { names: onScreen.map((p) => p.staff.fullName).join(', ') } });
  const batches = await tx.paperCount.findMany({ where: { roundId }, select: { staffIds: true } });
  if (batches.some((b) => b.staffIds.some((s) => memberIds.includes(s)))) throw new AppError('conflict', 'counting.refusal.alreadyCounted');
}
