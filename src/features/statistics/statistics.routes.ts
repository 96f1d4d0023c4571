// /statistics: figures per school year and across years, each chart beside its data table (issue 15 §2); the same
// figures as an Excel workbook and as a print view without the site's navigation.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { COMMENDATION_LEVELS } from '../../domain/statistics/commendationLevel.ts';
import { formatDate } from '../../i18n/index.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { loadStatistics, type Statistics } from './loadStatistics.ts';
import { barChart, trendChart, yearLabel } from './statistics.presenter.ts';
import { statisticsXlsx } from './statisticsXlsx.ts';

const query = z.object({ year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The charts whose names are in the viewer's language. */
function localCharts(res: Response, stats: Statistics) {
  const t = res.locals.t as (key: string) => string;
  return {
    trend: trendChart(stats.years, { ldtt: t('statistics.ldttRate'), cstdcs: t('statistics.cstdcsRate'), frontLine: t('statistics.frontLineRate') }),
    levelsChart: barChart(
      COMMENDATION_LEVELS.map((level) => ({ label: t(`statistics.levelShort.${level}`), value: stats.levels.levels.find((l) => l.level === level)!.total })),
    ),
  };
}

/** Registers /statistics, its XLSX export and its print view. */
export function registerStatisticsRoutes(router: Router, prisma: PrismaClient): void {
  const load = (req: Request) => loadStatistics(prisma, userOf(req).schoolId, query.parse(req.query).year);

  router.get('/statistics', requirePermission('records:view-all'), async (req, res) => {
    const stats = await load(req);
    res.render('statistics/index', { title: 'statistics.title', stats, ...localCharts(res, stats) });
  });

  router.get('/statistics/print', requirePermission('records:view-all'), async (req, res) => {
    const stats = await load(req);
    const school = await prisma.school.findUniqueOrThrow({ where: { id: userOf(req).schoolId }, select: { name: true } });
    res.render('statistics/print', { stats, ...localCharts(res, stats), schoolName: school.name, printedOn: formatDate(req.now) });
  });

  router.get('/statistics/export.xlsx', requirePermission('records:view-all'), async (req, res) => {
    const stats = await load(req);
    const school = await prisma.school.findUniqueOrThrow({ where: { id: userOf(req).schoolId }, select: { name: true } });
    const name = stats.year === null ? 'thong-ke-thi-dua' : `thong-ke-thi-dua-${yearLabel(stats.year)}`;
    res
      .attachment(`${name}.xlsx`)
      .type(XLSX)
      .send(await statisticsXlsx(stats, school.name));
  });
}
