// The school's declared record coverage ("none" vs "unknown"), read in the engine's shape.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { RECORD_KINDS, type RecordCoverage, type RecordKind } from '../../domain/rules/index.ts';

/** Per record kind, the school years (start years) the school declared complete. */
export async function loadCoverage(prisma: PrismaClient, schoolId: string): Promise<RecordCoverage> {
  const rows = await prisma.recordCoverage.findMany({ where: { schoolId }, select: { kind: true, startYear: true }, orderBy: { startYear: 'asc' } });
  const out: Partial<Record<RecordKind, number[]>> = {};
  for (const r of rows) if ((RECORD_KINDS as readonly string[]).includes(r.kind)) (out[r.kind as RecordKind] ??= []).push(r.startYear);
  return out;
}
