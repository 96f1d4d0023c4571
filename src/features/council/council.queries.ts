// Reads of the council per school year, scoped to the school.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { termsDuring } from './councilMembersOn.ts';

/** The school year with that start year, or 404. */
export async function findSchoolYear(prisma: PrismaClient, schoolId: string, startYear: string) {
  const year = /^\d{4}$/.test(startYear) ? await prisma.schoolYear.findFirst({ where: { schoolId, startYear: Number(startYear) } }) : null;
  if (!year) throw new AppError('not_found', 'error.notFound.body');
  return year;
}

const ORDER = ['chair', 'vice_chair', 'secretary', 'council_member', 'initiative_council'];

/** The year's decisions, and every term that overlaps the year with the decisions that opened and ended it. */
export async function councilOfYear(prisma: PrismaClient, schoolId: string, year: { id: string; startsOn: Date; endsOn: Date }) {
  const [decisions, terms] = await Promise.all([
    prisma.councilDecision.findMany({ where: { schoolId, schoolYearId: year.id }, orderBy: [{ effectiveOn: 'asc' }, { createdAt: 'asc' }] }),
    prisma.councilMembership.findMany({
      where: termsDuring(schoolId, year.startsOn, year.endsOn),
      include: {
        staff: { select: { id: true, fullName: true, position: true } },
        decision: { select: { number: true } },
        endedByDecision: { select: { number: true } },
      },
    }),
  ]);
  const sorted = sortByVietnameseName(terms, (t) => t.staff.fullName).sort(
    (a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role) || a.validFrom.getTime() - b.validFrom.getTime(),
  );
  return { decisions, terms: sorted };
}

/** All school years of the school, newest first. */
export function listSchoolYears(prisma: PrismaClient, schoolId: string) {
  return prisma.schoolYear.findMany({ where: { schoolId }, orderBy: { startYear: 'desc' } });
}

/** The initiative council's chair named by the latest decision that set one, if they still hold a seat. */
export async function currentInitiativeChair(prisma: PrismaClient, schoolId: string, seated: string[]): Promise<string | null> {
  const d = await prisma.councilDecision.findFirst({
    where: { schoolId, initiativeChairId: { not: null } },
    orderBy: [{ effectiveOn: 'desc' }, { createdAt: 'desc' }],
  });
  return d?.initiativeChairId && seated.includes(d.initiativeChairId) ? d.initiativeChairId : null;
}
