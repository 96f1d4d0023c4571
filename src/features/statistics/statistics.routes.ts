// /statistics: figures per school year and across years, each chart beside its data table (issue 15 §2).
import type { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { loadAwardsByCode, loadInitiativesByLevel, loadYearFigures } from './statistics.queries.ts';
import { barChart, presentYears } from './statistics.presenter.ts';

const query = z.object({ year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined) });

/** Registers /statistics. */
export function registerStatisticsRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/statistics', requirePermission('records:view-all'), async (req, res) => {
    const user = userOf(req);
    const years = await loadYearFigures(prisma, user.schoolId);
    const { year: asked } = query.parse(req.query);
    const year = years.find((y) => y.startYear === asked)?.startYear ?? years.at(-1)?.startYear ?? null;
    const [awards, initiatives] = year
      ? await Promise.all([loadAwardsByCode(prisma, user.schoolId, year), loadInitiativesByLevel(prisma, user.schoolId, year)])
      : [[], []];
    res.render('statistics/index', {
      title: 'statistics.title',
      ...presentYears(years),
      year,
      awards,
      awardsChart: barChart(awards.filter((a) => !a.collective).map((a) => ({ label: a.code, value: a.count }))),
      initiatives,
    });
  });
}
