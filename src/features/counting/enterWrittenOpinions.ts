// Command: a counting-committee member enters, per nominee, the agree / disagree totals of the written opinions sent
// by absent members (NĐ 98/2023 Điều 30 khoản 7: they count toward the total, as the round's rule says). Typing
// again before confirmation replaces the figures; once confirmed they are fixed.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotWrittenTotals } from '../../domain/ballot/countEntry.ts';
import { AppError } from '../../errors.ts';
import { lockOpenRound } from './lockOpenRound.ts';

/** Stores the unconfirmed written-opinion totals of the round. */
export async function enterWrittenOpinions(
  prisma: PrismaClient,
  ctx: CommandContext,
  roundId: string,
  enteredBy: string,
  totals: ReadonlyMap<string, { agree: number; disagree: number }>,
): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, schoolId, roundId);
    const round = await tx.ballotRound.findUniqueOrThrow({ where: { id: roundId }, include: { nominees: { orderBy: { nominationId: 'asc' } } } });
    const senders = await tx.meetingAttendance.count({ where: { meetingId: round.meetingId, present: false, writtenOpinion: true } });
    if (senders === 0) throw new AppError('conflict', 'counting.refusal.noWrittenOpinions');
    const rows = round.nominees.map((n) => ({ nominationId: n.nominationId, ...(totals.get(n.nominationId) ?? { agree: 0, disagree: 0 }) }));
    const why = whyNotWrittenTotals(senders, rows);
    if (why) throw new AppError('unprocessable', why, { field: 'totals', params: { n: senders } });
    if ((await tx.writtenOpinionTotal.count({ where: { roundId, confirmedById: { not: null } } })) > 0)
      throw new AppError('conflict', 'counting.refusal.alreadyConfirmed');
    await tx.writtenOpinionTotal.deleteMany({ where: { roundId } });
    await tx.writtenOpinionTotal.createMany({ data: rows.map((r) => ({ roundId, schoolId, ...r, enteredById: enteredBy })) });
    await recordEvent(tx, ctx, { action: 'ballot.written.enter', subject: 'BallotRound', subjectId: roundId, after: { senders } });
  });
}

/** Confirms the round's written-opinion totals (a committee member other than the one who entered them). */
export async function confirmWrittenOpinions(
  prisma: PrismaClient,
  ctx: CommandContext,
  roundId: string,
  confirmedBy: string,
): Promise<'confirmed' | 'already'> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, schoolId, roundId);
    const rows = await tx.$queryRaw<Array<{ enteredById: string; confirmedById: string | null }>>`
      SELECT "enteredById"::text, "confirmedById"::text FROM "WrittenOpinionTotal" WHERE "roundId" = ${roundId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new AppError('not_found', 'error.notFound.body');
    if (rows.every((r) => r.confirmedById)) return 'already' as const;
    if (rows.some((r) => r.enteredById === confirmedBy)) throw new AppError('forbidden', 'counting.refusal.sameMember');
    await tx.writtenOpinionTotal.updateMany({ where: { roundId }, data: { confirmedById: confirmedBy } });
    await recordEvent(tx, ctx, { action: 'ballot.written.confirm', subject: 'BallotRound', subjectId: roundId });
    return 'confirmed' as const;
  });
}
