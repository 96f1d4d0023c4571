// Command: confirm a previewed history import. Claim, apply and "applied" are one transaction: the batch row is
// locked, re-checked, re-parsed against the directory as it is now, written and marked applied together, so a
// process dying half-way leaves nothing behind (PostgreSQL rolls the transaction back and the batch stays pending).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import { AppError } from '../../errors.ts';
import { writeHistory, type ChangeCounts } from './applyHistoryImport.ts';
import { parseHistoryForSchool } from './historyImport.ts';

/** Applies a pending history batch once: 409 when it was already applied (a double click), 422 when it has errors. */
export async function confirmHistoryImport(prisma: PrismaClient, o: { ctx: CommandContext; batchId: string }): Promise<ChangeCounts> {
  const { ctx, batchId } = o;
  const schoolId = ctx.actor.schoolId;
  return prisma.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<Array<{ status: string }>>`
        SELECT status FROM "ImportBatch" WHERE id = ${batchId}::uuid AND "schoolId" = ${schoolId}::uuid AND kind = 'history' FOR UPDATE`;
      if (!locked[0]) throw new AppError('not_found', 'error.notFound.body');
      if (locked[0].status !== 'pending') throw new AppError('conflict', 'import.alreadyApplied');
      const batch = await tx.importBatch.findUniqueOrThrow({ where: { id: batchId } });
      const parsed = await parseHistoryForSchool(tx, schoolId, batch.content, batch.fileName);
      if (parsed.fileError || parsed.errors.length) throw new AppError('unprocessable', 'import.hasErrors');
      const counts = await writeHistory(tx, ctx, parsed.content);
      await tx.importBatch.update({ where: { id: batchId }, data: { status: 'applied', appliedAt: ctx.now, summary: { version: 1, ...counts } } }); // JSON columns carry their format version
      await recordEvent(tx, ctx, { action: 'history.import', subject: 'ImportBatch', subjectId: batchId, after: counts });
      return counts;
    },
    { timeout: 120_000 },
  );
}
