// All database work of the statistics (page, print view, XLSX, yearly report): a handful of aggregate statements,
// presented once. `asked` picks the school year detailed below the across-years table (the latest by default).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { barChart, presentLevels, presentYears } from './statistics.presenter.ts';
import { loadAwardsByCode, loadAwardsByIssuer, loadCommendedByPosition, loadInitiativesByLevel, loadYearFigures } from './statistics.queries.ts';

/** The statistics of a school: across years, and for one year (null when there is no data at all). */
export async function loadStatistics(prisma: PrismaClient, schoolId: string, asked: number | undefined) {
  const [figures, commended] = await Promise.all([loadYearFigures(prisma, schoolId), loadCommendedByPosition(prisma, schoolId)]);
  const years = presentYears(figures, commended);
  const year = figures.find((y) => y.startYear === asked)?.startYear ?? figures.at(-1)?.startYear ?? null;
  const [awards, initiatives, byIssuer] = year
    ? await Promise.all([loadAwardsByCode(prisma, schoolId, year), loadInitiativesByLevel(prisma, schoolId, year), loadAwardsByIssuer(prisma, schoolId, year)])
    : [[], [], []];
  const levels = presentLevels(byIssuer);
  return {
    years,
    year,
    yearRow: years.rows.find((r) => r.startYear === year) ?? null,
    awards,
    awardsChart: barChart(awards.filter((a) => !a.collective).map((a) => ({ label: a.code, value: a.count }))),
    initiatives,
    levels,
  };
}
export type Statistics = Awaited<ReturnType<typeof loadStatistics>>;
