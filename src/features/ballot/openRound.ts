// Command: open a ballot round (one paper = one title at one meeting). The threshold, the rule's legal basis and
// the number of council members are fixed on the round when it opens, so a later parameter change cannot alter a
// vote already under way. Voters are the members present (written opinions of absent members are entered apart).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { checkQuorum, meetingRuleOf } from '../../domain/ballot/quorum.ts';
import { voteRuleFor } from '../../domain/ballot/voteRule.ts';
import { whyNotForward } from '../../domain/nominations/forwarding.ts';
import { kindNeedsVote } from '../../domain/nominations/nominationKinds.ts';
import { sortNominees } from '../../domain/nominations/nomineeOrder.ts';
import type { AwardCode } from '../../domain/rules/index.ts';
import { AppError } from '../../errors.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';

export interface OpenRoundInput {
  meetingId: string;
  code: AwardCode;
  mode: 'screen' | 'paper' | 'show_of_hands';
  quota: number | null;
}

/** Opens the round for every proposed nomination of the title; returns the round id. */
export async function openRound(prisma: PrismaClient, ctx: CommandContext, input: OpenRoundInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Meeting" WHERE id = ${input.meetingId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, include: { attendance: true } });
    if (meeting.status === 'approved') throw new AppError('conflict', 'meetings.refusal.approved');
    const existing = await tx.ballotRound.findUnique({ where: { meetingId_code: { meetingId: meeting.id, code: input.code } } });
    if (existing) return existing.id; // a second click opens nothing new
    const ruleSet = await ruleSetOn(tx, schoolId, meeting.heldOn);
    const rule = voteRuleFor(ruleSet, input.code);
    if (!rule) throw new AppError('conflict', 'ballot.refusal.noVoteRule');
    if (rule.method === 'ballot' && input.mode === 'show_of_hands') throw new AppError('unprocessable', 'ballot.refusal.secretRequired', { field: 'mode' });
    const total = meeting.attendance.length;
    const present = meeting.attendance.filter((a) => a.present);
    const quorum = checkQuorum(meetingRuleOf(ruleSet), total, present.length);
    if (!quorum.quorumMet || !quorum.attendanceMet) throw new AppError('conflict', 'ballot.refusal.noQuorum');
    const nominations = await tx.nomination.findMany({
      where: { schoolId, schoolYearId: meeting.schoolYearId, code: input.code, status: 'proposed' },
      include: { staff: { select: { fullName: true, code: true } }, collective: { select: { name: true } } },
    });
    // The paper lists the nominees by name (nomineeOrder.ts), as the dossier does: never by id, which is random.
    const voted = sortNominees(
      nominations.filter((n) => kindNeedsVote(n.kind) && whyNotForward(n.verdictStatus, n.justification) === null),
      [input.code],
      (n) => ({
        code: n.code,
        subject: n.staff ? 'individual' : 'collective',
        name: n.staff?.fullName ?? n.collective?.name ?? '',
        key: n.staff?.code ?? n.collective?.name ?? n.id,
      }),
    );
    if (voted.length === 0) throw new AppError('conflict', 'ballot.refusal.noNominees');
    const round = await tx.ballotRound.create({
      data: {
        schoolId,
        meetingId: meeting.id,
        code: input.code,
        mode: input.mode,
        totalMembers: total,
        thresholdPct: rule.thresholdPct,
        strict: rule.strict,
        writtenCount: rule.writtenOpinionsCount,
        legalBasis: `${rule.thresholdBasis.document}, ${rule.thresholdBasis.article} [${rule.thresholdBasis.certainty}]`,
        quota: input.quota,
        openedAt: ctx.now,
      },
    });
    await tx.roundNominee.createMany({ data: voted.map((n, i) => ({ roundId: round.id, nominationId: n.id, schoolId, position: i + 1 })) });
    await tx.roundEligibility.createMany({ data: present.map((a) => ({ roundId: round.id, staffId: a.staffId, schoolId })) });
    const options = ['agree', 'disagree', 'blank'] as const;
    await tx.ballotTally.createMany({
      data: voted.flatMap((n) => options.map((option) => ({ roundId: round.id, nominationId: n.id, option, schoolId, count: 0 }))),
    });
    if (meeting.status === 'planned') await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'held' } });
    await recordEvent(tx, ctx, {
      action: 'ballot.open',
      subject: 'BallotRound',
      subjectId: round.id,
      after: {
        code: input.code,
        mode: input.mode,
        nominees: voted.map((n) => n.id),
        eligible: present.length,
        totalMembers: total,
        threshold: rule.thresholdPct,
      },
    });
    return round.id;
  });
}
