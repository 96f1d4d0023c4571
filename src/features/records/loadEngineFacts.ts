// loadEngineFacts(): reads a school's yearly records into the engine's facts (src/domain/rules/facts.ts).
// Membership of a collective in a year comes from that year's staff record (its collectiveId).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { EngineFacts } from '../../domain/rules/facts.ts';
import { buildEngineFacts } from './buildEngineFacts.ts';

/** Every staff member's and collective's facts for the school (or only the given staff). */
export async function loadEngineFacts(prisma: PrismaClient, schoolId: string, only?: { staffIds?: string[] }): Promise<EngineFacts> {
  const staffWhere = { schoolId, ...(only?.staffIds ? { id: { in: only.staffIds } } : {}) };
  const byStaff = only?.staffIds ? { staffId: { in: only.staffIds } } : {};
  const [staff, years, awards, disciplines, pending, initiatives, research, collectives, collectiveYears, coverage] = await Promise.all([
    prisma.staff.findMany({ where: staffWhere, select: { id: true, fullName: true, gender: true, joinedSectorOn: true } }),
    prisma.staffYearRecord.findMany({ where: { schoolId, ...byStaff } }),
    // For some staff only (a personal record): their awards and initiatives, not the school's (the collective facts
    // built below then only see these staff, which is all a personal record reads).
    prisma.awardRecord.findMany({ where: { schoolId, ...(only?.staffIds ? { staffId: { in: only.staffIds } } : {}) } }),
    prisma.disciplineRecord.findMany({ where: { schoolId, ...byStaff } }),
    prisma.pendingProceedingRecord.findMany({ where: { schoolId, ...byStaff } }),
    // Only recognised initiatives are facts: drafts, submitted and scored ones are not (docs/decisions/012-one-initiative-model.md).
    prisma.initiativeRecord.findMany({
      where: { schoolId, status: 'recognised', ...(only?.staffIds ? { authors: { some: { staffId: { in: only.staffIds } } } } : {}) },
      include: { authors: true },
    }),
    prisma.researchRecord.findMany({ where: { schoolId, ...byStaff } }),
    prisma.collective.findMany({ where: { schoolId }, select: { id: true, name: true } }),
    prisma.collectiveYearRecord.findMany({ where: { schoolId } }),
    prisma.recordCoverage.findMany({ where: { schoolId }, select: { kind: true, startYear: true } }),
  ]);
  return buildEngineFacts({ staff, years, awards, disciplines, pending, initiatives, research, collectives, collectiveYears, coverage });
}
