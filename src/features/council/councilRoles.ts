// Council roles over a school year: a person who held a role on any day of a year keeps reading that year's records.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CouncilRoleName } from '../../domain/permissions.ts';
import { termsDuring } from './councilMembersOn.ts';

/** The council roles a staff member held on any day of a school year (empty when none). */
export async function councilRolesInYear(prisma: PrismaClient, schoolId: string, staffId: string | null, schoolYearId: string): Promise<CouncilRoleName[]> {
  if (!staffId) return [];
  const year = await prisma.schoolYear.findFirst({ where: { id: schoolYearId, schoolId }, select: { startsOn: true, endsOn: true } });
  if (!year) return [];
  const rows = await prisma.councilMembership.findMany({ where: { ...termsDuring(schoolId, year.startsOn, year.endsOn), staffId }, select: { role: true } });
  return [...new Set(rows.map((r) => r.role))];
}
