// Command: record the decision that forms or updates a year's council, with its members and roles (audited).
// A year may have several decisions (formation, then updates); the members of all of them hold roles that year.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import type { CouncilRoleName } from '../../domain/permissions.ts';
import { AppError } from '../../errors.ts';

export interface CouncilDecisionInput {
  number: string;
  signedOn: Date;
  members: Array<{ staffId: string; role: CouncilRoleName }>;
}

/** Creates a council decision for the school year; returns its id. */
export async function saveCouncilDecision(prisma: PrismaClient, ctx: CommandContext, schoolYearId: string, input: CouncilDecisionInput): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  if (!input.members.some((m) => m.role === 'chair')) throw new AppError('unprocessable', 'council.needsChair', { field: 'members' });
  return prisma.$transaction(async (tx) => {
    const year = await tx.schoolYear.findFirst({ where: { id: schoolYearId, schoolId } });
    if (!year) throw new AppError('not_found', 'error.notFound.body');
    if (await tx.councilDecision.findFirst({ where: { schoolId, number: input.number } }))
      throw new AppError('unprocessable', 'council.numberTaken', { field: 'number' });
    const staffCount = await tx.staff.count({ where: { schoolId, id: { in: input.members.map((m) => m.staffId) } } });
    if (staffCount !== new Set(input.members.map((m) => m.staffId)).size) throw new AppError('unprocessable', 'form.choose', { field: 'members' });
    const decision = await tx.councilDecision.create({ data: { schoolId, schoolYearId, number: input.number, signedOn: input.signedOn } });
    await tx.councilMembership.createMany({ data: input.members.map((m) => ({ schoolId, decisionId: decision.id, staffId: m.staffId, role: m.role })) });
    await recordEvent(tx, ctx, {
      action: 'council.decision.create',
      subject: 'CouncilDecision',
      subjectId: decision.id,
      after: { startYear: year.startYear, ...input },
    });
    return decision.id;
  });
}
