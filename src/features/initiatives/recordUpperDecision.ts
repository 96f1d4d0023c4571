// Command: record the upper level's later decision on a recognised initiative (e.g. the City recognising its effect
// and scope, needed for CSTĐ Thành phố). The initiative's level rises to it, which the rules engine reads.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';

export interface UpperDecisionInput {
  upperLevel: 'thanh_pho' | 'toan_quoc';
  upperGrade: string;
  upperDecisionNumber: string;
  upperDecisionDate: Date;
}

/** Stores the upper level's decision on a recognised initiative that was proposed upwards. */
export async function recordUpperDecision(prisma: PrismaClient, ctx: CommandContext, id: string, input: UpperDecisionInput): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: string; level: string; proposedOn: Date | null }>>`
      SELECT status::text AS status, level, "proposedOn" FROM "InitiativeRecord" WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'error.notFound.body');
    if (rows[0].status !== 'recognised') throw new AppError('conflict', 'initiatives.notRecognised');
    // The city decides on what the school proposed: no decision without the proposal it answers.
    if (!rows[0].proposedOn) throw new AppError('conflict', 'initiativeProposals.notProposed');
    await tx.initiativeRecord.update({
      where: { id },
      data: {
        level: input.upperLevel,
        upperLevel: input.upperLevel,
        upperGrade: input.upperGrade || null,
        upperDecisionNumber: input.upperDecisionNumber,
        upperDecisionDate: input.upperDecisionDate,
      },
    });
    await recordEvent(tx, ctx, {
      action: 'initiative.upper-decision',
      subject: 'InitiativeRecord',
      subjectId: id,
      before: { level: rows[0].level },
      after: input,
    });
  });
}
