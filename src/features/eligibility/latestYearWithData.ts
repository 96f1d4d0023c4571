// Which school year the report opens on: the current one when anything was recorded for it, otherwise the latest
// existing school year with records (a school that has just loaded its past sees its past, not an empty page).
import type { PrismaClient } from '../../generated/prisma/client.ts';

/** The start year to open: `current` if it has yearly records or titles, else the latest school year that has. */
export async function latestYearWithData(prisma: PrismaClient, schoolId: string, current: number): Promise<number> {
  const [years, rated, awarded] = await Promise.all([
    prisma.schoolYear.findMany({ where: { schoolId, startYear: { lte: current } }, select: { startYear: true } }),
    prisma.staffYearRecord.groupBy({ by: ['startYear'], where: { schoolId, startYear: { lte: current } } }),
    prisma.awardRecord.groupBy({ by: ['startYear'], where: { schoolId, startYear: { lte: current } } }),
  ]);
  const existing = new Set(years.map((y) => y.startYear));
  const withData = [...rated, ...awarded].map((r) => r.startYear).filter((y) => existing.has(y));
  if (withData.includes(current) || withData.length === 0) return current;
  return Math.max(...withData);
}
