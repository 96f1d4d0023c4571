// Command: a council member declares a conflict of interest on an initiative. The recusal is recorded with its reason
// (it appears in the minutes), their score — if any — no longer counts, and they cannot be assigned again.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import type { InitiativeStatus } from '../../domain/initiatives/initiativeStatus.ts';
import { AppError } from '../../errors.ts';
import { rulesForYear } from './initiative.queries.ts';
import { recomputeResult } from './recomputeResult.ts';

/** Records the member's recusal (once); recomputes the result when review is under way. */
export async function recuseFromInitiative(prisma: PrismaClient, ctx: CommandContext, initiativeId: string, staffId: string, reason: string) {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: InitiativeStatus; schoolYearId: string | null }>>`
      SELECT status::text AS status, "schoolYearId" FROM "InitiativeRecord" WHERE id = ${initiativeId}::uuid AND "schoolId" = ${schoolId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row?.schoolYearId) throw new AppError('not_found', 'error.notFound.body');
    if (row.status === 'recognised' || row.status === 'not_recognised') throw new AppError('conflict', 'initiatives.alreadyDecided');
    const existing = await tx.initiativeRecusal.findFirst({ where: { schoolId, initiativeId, staffId } });
    if (existing) return;
    await tx.initiativeRecusal.create({ data: { schoolId, initiativeId, staffId, reason, at: ctx.now } });
    await recordEvent(tx, ctx, { action: 'initiative.recuse', subject: 'InitiativeRecord', subjectId: initiativeId, after: { staffId, reason } });
    if (row.status === 'under_review' || row.status === 'scored')
      await recomputeResult(tx, ctx, initiativeId, (await rulesForYear(tx, schoolId, row.schoolYearId)).rules, row.status);
  });
}
