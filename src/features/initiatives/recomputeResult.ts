// After a score or a recusal: the initiative's result from its valid scores, and its status (under_review ↔ scored).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CommandContext } from '../../audit/recordEvent.ts';
import { initiativeResult } from '../../domain/initiatives/scoring.ts';
import type { InitiativeRules } from '../../domain/initiatives/initiativeRuleTypes.ts';
import type { InitiativeStatus } from '../../domain/initiatives/initiativeStatus.ts';
import { findInitiative, validScores } from './initiative.queries.ts';
import { notifyAuthors } from './notifyAuthors.ts';

/** Stores the mean and grade once a result exists (status scored), clears them otherwise; notifies on a change. */
export async function recomputeResult(tx: Prisma.TransactionClient, ctx: CommandContext, id: string, rules: InitiativeRules, status: InitiativeStatus) {
  const i = await findInitiative(tx, ctx.actor.schoolId, id);
  const result = initiativeResult(
    rules,
    validScores(i).map((s) => Number(s.total)),
  );
  const next: InitiativeStatus = result.state === 'complete' ? 'scored' : 'under_review';
  await tx.initiativeRecord.update({
    where: { id },
    data: { status: next, meanScore: result.state === 'complete' ? result.mean : null, grade: result.state === 'complete' ? result.grade : null },
  });
  if (next !== status) await notifyAuthors(tx, ctx.actor.schoolId, id, next, ctx.now);
  return result;
}
