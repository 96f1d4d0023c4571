// The eligibility report of a school year (every staff member and collective × every title), its CSV/XLSX exports,
// and freezing the year's results once the council has decided.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { vietnamYear } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { formString, requiredText } from '../../http/formFields.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { visibleRecordSubjectIds } from '../records/records.queries.ts';
import { cachedEvaluateYear } from './eligibilityCache.ts';
import { eligibilityCsv, VERDICT_LABELS } from './eligibility.presenter.ts';
import { eligibilityXlsx } from './eligibilityXlsx.ts';
import { eligibilityFilters, filterEligibilityRows, filterQuery } from './eligibilityFilters.ts';
import { abbreviateHtml, abbreviationsIn, basisForScreen } from './eligibilityReadable.ts';
import { latestYearWithData } from './latestYearWithData.ts';
import { freezeEvaluation } from './freezeEvaluation.ts';

const PAGE_SIZE = 50;

function startYearParam(req: Request): number {
  const m = /^(\d{4})(?:-\d{4})?$/.exec(String(req.params.year));
  if (!m) throw new AppError('not_found', 'error.notFound.body');
  return Number(m[1]);
}

/** Registers /eligibility routes. */
export function registerEligibilityRoutes(router: Router, prisma: PrismaClient): void {
  const load = async (req: Request) => {
    const startYear = startYearParam(req);
    // The engine runs on the whole school (ratio caps need it), once per version of the school's facts; the page and
    // both exports show the same visible rows.
    const [{ evaluation, rows }, visible] = await Promise.all([
      cachedEvaluateYear(prisma, userOf(req).schoolId, startYear),
      visibleRecordSubjectIds(prisma, userOf(req)),
    ]);
    return { startYear, evaluation, rows: rows.filter((r) => visible.has(r.candidateId)) };
  };

  // The page opens on the latest year that has records, not on a current year nobody has entered anything for yet.
  router.get('/eligibility', requirePermission('records:view-all'), async (req, res) => {
    const current = userOf(req).schoolYear?.startYear ?? vietnamYear(req.now);
    res.redirect(`/eligibility/${await latestYearWithData(prisma, userOf(req).schoolId, current)}`);
  });

  router.get('/eligibility/:year', requirePermission('records:view-all'), async (req: Request, res: Response) => {
    const { startYear, evaluation, rows } = await load(req);
    const f = eligibilityFilters.parse(req.query);
    const shown = filterEligibilityRows(rows, f);
    const titles = [...new Map(rows.map((r) => [r.titleCode, r.title])).entries()];
    const counts = titles.map(([code, title]) => ({ code, title, eligible: rows.filter((r) => r.titleCode === code && r.verdict === 'eligible').length }));
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    const page = Math.min(f.page, pages);
    const pageRows = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const collectives = [...new Set(rows.filter((r) => r.subject === 'individual' && r.collective).map((r) => r.collective))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    );
    const years = new Set(
      (await prisma.schoolYear.findMany({ where: { schoolId: userOf(req).schoolId }, select: { startYear: true } })).map((y) => y.startYear),
    );
    res.render('eligibility/index', {
      title: 'eligibility.title',
      startYear,
      hasPrev: years.has(startYear - 1),
      hasNext: years.has(startYear + 1),
      label: schoolYearLabel(startYear),
      evaluation,
      rows: pageRows.map((r) => ({ ...r, titleHtml: abbreviateHtml(r.title), whyHtml: abbreviateHtml(r.failedCriteria), basis: basisForScreen(r.legalBasis) })),
      abbreviations: abbreviationsIn(pageRows.flatMap((r) => [r.title, r.failedCriteria]).concat(titles.map(([, t]) => t))),
      collectives,
      query: (p?: number) => filterQuery(f, p),
      shownCount: shown.length,
      total: rows.length,
      page,
      pages,
      titles,
      counts,
      filters: f,
      verdictLabels: VERDICT_LABELS,
    });
  });

  router.get('/eligibility/:year/export.csv', requirePermission('records:view-all'), async (req, res) => {
    const { startYear, evaluation, rows: all } = await load(req);
    const rows = filterEligibilityRows(all, eligibilityFilters.parse(req.query));
    res
      .attachment(`du-dieu-kien-${schoolYearLabel(startYear)}.csv`)
      .type('text/csv; charset=utf-8')
      .send(eligibilityCsv(rows, { notes: evaluation.caps.map((c) => c.message) }));
  });

  router.get('/eligibility/:year/export.xlsx', requirePermission('records:view-all'), async (req, res) => {
    const { startYear, evaluation, rows: all } = await load(req);
    const rows = filterEligibilityRows(all, eligibilityFilters.parse(req.query));
    const title = `Danh sách xét điều kiện danh hiệu thi đua năm học ${schoolYearLabel(startYear)}`;
    const bytes = await eligibilityXlsx(
      rows,
      title,
      evaluation.caps.map((c) => c.message),
    );
    res
      .attachment(`du-dieu-kien-${schoolYearLabel(startYear)}.xlsx`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(bytes);
  });

  router.post('/eligibility/:year/freeze', requirePermission('council:manage'), async (req, res) => {
    const startYear = startYearParam(req);
    const parsed = z.object({ decisionRef: requiredText(100), confirm: formString }).safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', 'eligibility.freezeNeedsDecision');
      return res.redirect(`/eligibility/${startYear}`);
    }
    await freezeEvaluation(prisma, commandContext(req), startYear, parsed.data.decisionRef);
    flash(req, 'success', 'eligibility.frozen');
    res.redirect(`/eligibility/${startYear}`);
  });
}
