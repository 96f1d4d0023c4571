// Reads of the council per school year, scoped to the school.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';

/** The school year with that start year, or 404. */
export async function findSchoolYear(prisma: PrismaClient, schoolId: string, startYear: string) {
  const year = /^\d{4}$/.test(startYear) ? await prisma.schoolYear.findFirst({ where: { schoolId, startYear: Number(startYear) } }) : null;
  if (!year) throw new AppError('not_found', 'error.notFound.body');
  return year;
}

/** The year's decisions with their members (by role order, then Vietnamese name). */
export async function councilOfYear(prisma: PrismaClient, schoolId: string, schoolYearId: string) {
  const decisions = await prisma.councilDecision.findMany({
    where: { schoolId, schoolYearId },
    orderBy: { signedOn: 'asc' },
    include: { memberships: { include: { staff: { select: { id: true, fullName: true, position: true } } } } },
  });
  const order = ['chair', 'vice_chair', 'secretary', 'council_member', 'initiative_council'];
  return decisions.map((d) => ({
    ...d,
    memberships: sortByVietnameseName(d.memberships, (m) => m.staff.fullName).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role)),
  }));
}

/** All school years of the school, newest first. */
export function listSchoolYears(prisma: PrismaClient, schoolId: string) {
  return prisma.schoolYear.findMany({ where: { schoolId }, orderBy: { startYear: 'desc' } });
}
