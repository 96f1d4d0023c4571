// Command: freeze a school year's verdicts as decided, so later parameter changes never alter them.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { evaluateYear, loadOverrides } from '../records/evaluateYear.ts';
import { frozenEvaluationJson } from './frozenEvaluationJson.ts';

/** Stores the year's current verdicts and parameters once; 409 when already frozen (checked again under a lock). */
export async function freezeEvaluation(prisma: PrismaClient, ctx: CommandContext, startYear: number, decisionRef: string): Promise<void> {
  const schoolId = ctx.actor.schoolId;
  if (await prisma.frozenEvaluation.findUnique({ where: { schoolId_startYear: { schoolId, startYear } } }))
    throw new AppError('conflict', 'eligibility.alreadyFrozen');
  const evaluation = await evaluateYear(prisma, schoolId, startYear);
  const overrides = await loadOverrides(prisma, schoolId);
  await prisma.$transaction(async (tx) => {
    // Re-checked under a per-year lock: of concurrent freezes (a double click) one writes, the others get the 409.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`freeze:${schoolId}:${startYear}`}))`;
    if (await tx.frozenEvaluation.findUnique({ where: { schoolId_startYear: { schoolId, startYear } } }))
      throw new AppError('conflict', 'eligibility.alreadyFrozen');
    const row = await tx.frozenEvaluation.create({
      data: {
        schoolId,
        startYear,
        ruleSetId: evaluation.ruleSetId,
        evaluationDate: new Date(`${evaluation.evaluationDate}T00:00:00Z`),
        decisionRef,
        ...frozenEvaluationJson(evaluation.verdicts, overrides),
        frozenAt: ctx.now,
        frozenBy: ctx.actor.id!,
      },
    });
    await recordEvent(tx, ctx, {
      action: 'eligibility.freeze',
      subject: 'FrozenEvaluation',
      subjectId: row.id,
      after: { startYear, decisionRef, verdicts: evaluation.verdicts.length },
    });
  });
}
