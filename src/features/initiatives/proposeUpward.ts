// Command: the chair proposes a recognised initiative to the upper level (the City recognising its effect and scope,
// needed for CSTĐ Thành phố), with the proposal's date and document number. The city's later decision is recorded
// against this proposal (recordUpperDecision), never without it.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';

export interface ProposalInput {
  proposedOn: Date;
  proposalNumber: string;
}

/** Marks the initiative proposed upwards; refused (409) unless recognised and not yet proposed. */
export async function proposeUpward(prisma: PrismaClient, ctx: CommandContext, id: string, input: ProposalInput): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: string; proposedOn: Date | null; recognisedOn: Date | null }>>`
      SELECT status::text AS status, "proposedOn", "recognisedOn" FROM "InitiativeRecord"
      WHERE id = ${id}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new AppError('not_found', 'error.notFound.body');
    if (row.status !== 'recognised') throw new AppError('conflict', 'initiatives.notRecognised');
    if (row.proposedOn) throw new AppError('conflict', 'initiativeProposals.alreadyProposed');
    if (row.recognisedOn && input.proposedOn < row.recognisedOn)
      throw new AppError('unprocessable', 'initiativeProposals.beforeRecognition', { field: 'proposedOn' });
    await tx.initiativeRecord.update({ where: { id }, data: { proposedUpward: true, proposedOn: input.proposedOn, proposalNumber: input.proposalNumber } });
    await recordEvent(tx, ctx, { action: 'initiative.propose-upward', subject: 'InitiativeRecord', subjectId: id, after: input });
  });
}
