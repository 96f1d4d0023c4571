// Command: the school declares, per record kind, the school years its records are complete for (audited).
// The whole declaration is replaced in one transaction under a per-school lock, so two saves never interleave.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { recordEvent, type CommandContext } from '../../audit/recordEvent.ts';
import type { RecordCoverage, RecordKind } from '../../domain/rules/index.ts';

/** Replaces the school's coverage with `coverage` (kinds absent from it are cleared) and records the change. */
export async function declareCoverage(prisma: PrismaClient, ctx: CommandContext, coverage: RecordCoverage, source: 'page' | 'import' = 'page') {
  const schoolId = ctx.actor.schoolId;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`coverage:${schoolId}`}))`;
    const before = await tx.recordCoverage.findMany({ where: { schoolId }, select: { kind: true, startYear: true } });
    await tx.recordCoverage.deleteMany({ where: { schoolId } });
    const rows = Object.entries(coverage).flatMap(([kind, years]) =>
      [...new Set(years)].map((startYear) => ({ schoolId, kind: kind as RecordKind, startYear, source, declaredBy: ctx.actor.id ?? null })),
    );
    if (rows.length) await tx.recordCoverage.createMany({ data: rows });
    await recordEvent(tx, ctx, {
      action: 'records.coverage.declare',
      subject: 'RecordCoverage',
      subjectId: schoolId,
      before: { coverage: before },
      after: { coverage, source },
    });
  });
}
