// Start-up repair: an import batch left in "applying" was claimed by a process that died before finishing (the
// claim → apply → mark sequence of earlier versions committed each step on its own). Confirming is now a single
// transaction that never commits "applying", so any batch still in that state at start-up is an orphan: it is put
// back to "pending" (audited) and can be confirmed again; its records were either all written or none were, and
// applying is idempotent (natural keys), so confirming it again applies it exactly once.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvents } from '../../audit/recordEvent.ts';

/** Releases every batch stuck in "applying"; returns how many were released. */
export async function releaseCrashedImports(prisma: PrismaClient, now: Date): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const stuck = await tx.importBatch.updateManyAndReturn({
      where: { status: 'applying' },
      data: { status: 'pending' },
      select: { id: true, schoolId: true },
    });
    for (const schoolId of new Set(stuck.map((b) => b.schoolId))) {
      const ctx = { actor: { id: null, schoolId }, now, requestId: 'startup' };
      const mine = stuck.filter((b) => b.schoolId === schoolId);
      await recordEvents(
        tx,
        ctx,
        mine.map((b) => ({ action: 'import.release', subject: 'ImportBatch', subjectId: b.id, before: { status: 'applying' }, after: { status: 'pending' } })),
      );
    }
    return stuck.length;
  });
}
