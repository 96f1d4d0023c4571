// Council roles are held per school year, set by the council decision of that year.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CouncilRoleName } from '../../domain/permissions.ts';

/** The council roles a staff member held in a school year (empty when none). */
export async function councilRolesInYear(prisma: PrismaClient, schoolId: string, staffId: string | null, schoolYearId: string): Promise<CouncilRoleName[]> {
  if (!staffId) return [];
  const rows = await prisma.councilMembership.findMany({ where: { schoolId, staffId, decision: { schoolYearId } }, select: { role: true } });
  return [...new Set(rows.map((r) => r.role))];
}
