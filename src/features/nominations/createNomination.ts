// Command: a nomination typed by hand (a candidate the registrations and the engine did not list, a đột xuất or
// cống hiến case, a thematic one for a movement). The engine's verdict for the candidate and
// title is kept as for pre-filled rows; a verdict other than "đủ điều kiện" needs the written justification.
// Evidence files are added on the nomination's page afterwards (addNominationEvidence).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { whyNotForward } from '../../domain/nominations/forwarding.ts';
import { AppError } from '../../errors.ts';
import { evaluateYear } from '../records/evaluateYear.ts';
import { withinProposalScope, type proposalScope } from './nomination.policy.ts';
import type { NewNominationInput } from './nominations.schemas.ts';
import { verdictSnapshot } from './verdictSnapshot.ts';

/** Creates the nomination; returns its id. The same form sent again by its author (a double click) returns the first one. */
export async function createNomination(
  prisma: PrismaClient,
  ctx: CommandContext,
  schoolYear: { id: string; startYear: number },
  input: NewNominationInput,
  scope: ReturnType<typeof proposalScope>,
): Promise<string> {
  const schoolId = ctx.actor.schoolId;
  const [subject, candidateId] = input.candidate.split(':') as ['staff' | 'collective', string];
  const candidate =
    subject === 'staff'
      ? await prisma.staff.findFirst({ where: { id: candidateId, schoolId } })
      : await prisma.collective.findFirst({ where: { id: candidateId, schoolId } });
  if (!candidate) throw new AppError('unprocessable', 'form.choose', { field: 'candidate' });
  const candidateGroup = 'collectiveId' in candidate ? candidate.collectiveId : candidate.id;
  if (!withinProposalScope(scope, candidateGroup)) throw new AppError('unprocessable', 'nominations.form.outsideGroup', { field: 'candidate' });
  if (input.movementId && !(await prisma.movement.findFirst({ where: { id: input.movementId, schoolId } })))
    throw new AppError('unprocessable', 'form.choose', { field: 'movementId' });
  const ev = await evaluateYear(prisma, schoolId, schoolYear.startYear);
  const snap = verdictSnapshot(ev.verdicts.find((v) => v.candidateId === candidateId && v.title === input.code));
  const why = whyNotForward(snap.status, input.justification);
  if (why) throw new AppError('unprocessable', why, { field: 'justification' });
  return prisma.$transaction(async (tx) => {
    // The candidate's row lock serialises two submissions of the same form: the second finds the first and is refused.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`nomination:${schoolYear.id}:${input.code}:${candidateId}`}))`;
    const existing = await tx.nomination.findFirst({
      where: { schoolId, schoolYearId: schoolYear.id, code: input.code, ...(subject === 'staff' ? { staffId: candidateId } : { collectiveId: candidateId }) },
    });
    if (existing) {
      const repeat =
        existing.createdById === ctx.actor.id &&
        existing.kind === input.kind &&
        existing.summary === input.summary &&
        (existing.justification ?? '') === input.justification;
      if (repeat) return existing.id;
      throw new AppError('unprocessable', 'nominations.form.duplicate', { field: 'candidate' });
    }
    const n = await tx.nomination.create({
      data: {
        schoolId,
        schoolYearId: schoolYear.id,
        staffId: subject === 'staff' ? candidateId : null,
        collectiveId: subject === 'collective' ? candidateId : null,
        code: input.code,
        kind: input.kind,
        movementId: input.kind === 'thematic' ? (input.movementId ?? null) : null,
        summary: input.summary,
        justification: input.justification || null,
        verdict: { ...snap },
        verdictStatus: snap.status,
        createdById: ctx.actor.id,
      },
    });
    await recordEvent(tx, ctx, {
      action: 'nomination.create',
      subject: 'Nomination',
      subjectId: n.id,
      after: { candidate: input.candidate, code: input.code, kind: input.kind, movementId: input.movementId ?? null, verdict: snap.status },
    });
    return n.id;
  });
}
