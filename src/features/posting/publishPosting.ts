// Command: the chair or the secretary publishes a meeting's approved list for the rule set's number of working days,
// with a random public link. Under the meeting's lock: publishing twice has one effect (the second finds the first).
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { postingPeriod } from '../../domain/posting/postingPeriod.ts';
import { numberParam } from '../../domain/rules/paramReader.ts';
import { refusalError } from '../../errors.ts';
import { notFound, conflict } from '../../domain/refusal.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';

/** Publishes the approved list of `meetingId`; returns the posting id. */
export async function publishPosting(prisma: PrismaClient, ctx: CommandContext, meetingId: string): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Meeting" WHERE id = ${meetingId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!locked[0]) throw refusalError(notFound());
    const approval = await tx.nominationApproval.findUnique({ where: { meetingId }, include: { posting: true } });
    if (!approval) throw refusalError(conflict('posting.refusal.notApproved'));
    if (approval.posting) return approval.posting.id;
    const ruleSet = await ruleSetOn(tx, schoolId, ctx.now);
    const days = numberParam(ruleSet, 'posting.workingDays');
    const period = postingPeriod(ctx.now, days);
    const posting = await tx.publicPosting.create({
      data: {
        schoolId,
        approvalId: approval.id,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        workingDays: days,
        basis: JSON.parse(JSON.stringify(ruleSet.parameters['posting.workingDays']?.basis ?? {})) as object,
        // 32 random bytes: the link is the only way in for people without an account (security.md 11.5.1).
        publicToken: randomBytes(32).toString('base64url'),
        publishedById: ctx.actor.id!,
        publishedAt: ctx.now,
      },
    });
    await recordEvent(tx, ctx, {
      action: 'posting.publish',
      subject: 'PublicPosting',
      subjectId: posting.id,
      after: { meetingId, startsOn: period.startsOn, endsOn: period.endsOn, workingDays: days, ruleSetId: ruleSet.id },
    });
    return posting.id;
  });
}
