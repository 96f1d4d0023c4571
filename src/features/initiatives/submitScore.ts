// Command: a reviewer submits their score. Scores are append-only: a resubmission is the next version (with its
// reason) and the earlier one stays, in the table and in the audit. The scoring policy is re-checked under the
// initiative's row lock, so an author can never score their own initiative, whatever the assignment says.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import type { InitiativeStatus } from '../../domain/initiatives/initiativeStatus.ts';
import { whyNotScore } from '../../domain/initiatives/scorePolicy.ts';
import { scoreErrors, scoreTotal } from '../../domain/initiatives/scoring.ts';
import { AppError } from '../../errors.ts';
import { findInitiative, rulesForYear } from './initiative.queries.ts';
import { recomputeResult } from './recomputeResult.ts';
import { lockInitiativeScheme } from './saveInitiativeSettings.ts';

export interface ScoreInput {
  points: Record<string, number | undefined>;
  comment: string;
  correctionReason: string;
}

export class ScoreRejected extends AppError {
  constructor(readonly fieldErrors: Record<string, string>) {
    super('unprocessable', 'form.invalid');
  }
}

/** Saves the reviewer's next score version and updates the initiative's result; returns the version number. */
export async function submitScore(
  prisma: PrismaClient,
  ctx: CommandContext,
  o: { initiativeId: string; reviewer: { staffId: string; collectiveId: string | null; canScore: boolean }; input: ScoreInput },
): Promise<number> {
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: InitiativeStatus; schoolYearId: string | null }>>`
      SELECT status::text AS status, "schoolYearId" FROM "InitiativeRecord" WHERE id = ${o.initiativeId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row?.schoolYearId) throw new AppError('not_found', 'error.notFound.body');
    // Shared with other scores, exclusive against a settings change: the scheme read below stays the one in force.
    await lockInitiativeScheme(tx, row.schoolYearId, 'shared');
    const i = await findInitiative(tx, schoolId, o.initiativeId);
    const { rules } = await rulesForYear(tx, schoolId, row.schoolYearId);
    const reason = whyNotScore(
      o.reviewer,
      {
        status: row.status,
        authorStaffIds: i.authors.map((a) => a.staffId),
        authorCollectiveIds: i.authors.map((a) => a.staff.collectiveId).filter((c): c is string => c !== null),
        recusedStaffIds: i.recusals.map((r) => r.staffId),
        assignedStaffIds: i.reviews.map((r) => r.reviewerStaffId),
      },
      rules.excludeSameCollective.value,
    );
    if (reason) throw new AppError('forbidden', reason);
    const errors = scoreErrors(rules, o.input.points);
    const previous = i.scores.filter((s) => s.reviewerStaffId === o.reviewer.staffId).at(-1);
    if (previous && !o.input.correctionReason) errors.correctionReason = 'initiatives.correctionNeedsReason';
    if (Object.keys(errors).length) throw new ScoreRejected(errors);
    const points = Object.fromEntries(rules.rubric.criteria.map((c) => [c.key, o.input.points[c.key]!]));
    const total = scoreTotal(rules, points);
    const version = (previous?.version ?? 0) + 1;
    await tx.initiativeScore.create({
      data: {
        schoolId,
        initiativeId: o.initiativeId,
        reviewerStaffId: o.reviewer.staffId,
        version,
        points,
        total,
        comment: o.input.comment,
        correctionReason: previous ? o.input.correctionReason : null,
        submittedById: ctx.actor.id!,
        submittedAt: ctx.now,
      },
    });
    await recordEvent(tx, ctx, {
      action: previous ? 'initiative.score.correct' : 'initiative.score',
      subject: 'InitiativeRecord',
      subjectId: o.initiativeId,
      before: previous ? { version: previous.version, total: Number(previous.total), points: previous.points } : null,
      after: { version, total, points, reason: previous ? o.input.correctionReason : undefined },
    });
    await recomputeResult(tx, ctx, o.initiativeId, rules, row.status);
    return version;
  });
}
