// /year-reports: the yearly report (issue 15 §3) of each school year — create the pre-filled draft, edit its
// sections, refresh its figures, preview it, issue it (numbered, stored as issued; downloads through /register).
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { renderDocx } from '../../documents/docx/renderDocx.ts';
import { renderPdf } from '../../documents/pdf/renderPdf.ts';
import { yearReportDocument } from '../../documents/reports/yearReportDocument.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import { DOCX_TYPE } from '../register/renderIssuedDocument.ts';
import { prefillYearReport, reportFigures } from './prefillYearReport.ts';
import { canEditReport, whyNotEditReport, whyNotReadReport } from './yearReport.policy.ts';
import { findSchoolYear, findYearReport, loadPrefillInput } from './yearReport.queries.ts';
import { issueForm, reportForm, revisionForm, startYearParam } from './yearReport.schemas.ts';
import { REPORT_SECTIONS } from './yearReportContent.ts';
import { createYearReport, issueYearReport, saveYearReport } from './yearReportCommands.ts';
import { loadStatistics } from '../statistics/loadStatistics.ts';

type Report = NonNullable<Awaited<ReturnType<typeof findYearReport>>>;

const formOf = (r: Report) => ({
  preamble: r.content.preamble,
  ...r.content.sections,
  signerName: r.content.signerName,
  recipients: r.content.recipients,
  revision: r.revision,
});

/** Registers /year-reports routes. */
export function registerYearReportRoutes(router: Router, prisma: PrismaClient): void {
  const view = async (req: Request, res: Response, o: { values?: Record<string, unknown>; errors?: Record<string, string>; status?: number } = {}) => {
    const user = userOf(req);
    const startYear = startYearParam(req);
    await findSchoolYear(prisma, user.schoolId, startYear);
    const report = await findYearReport(prisma, user.schoolId, startYear);
    res.status(o.status ?? 200).render('yearReports/show', {
      title: 'yearReport.title',
      startYear,
      report,
      sections: REPORT_SECTIONS,
      editable: canEditReport(user),
      values: o.values ?? (report ? formOf(report) : {}),
      errors: o.errors ?? {},
    });
  };
  const load = async (req: Request) => {
    assertAllowed(whyNotEditReport(userOf(req)));
    return foundOr404(await findYearReport(prisma, userOf(req).schoolId, startYearParam(req)));
  };
  const conflictOr = (res: Response, error: unknown) => {
    if (error instanceof AppError && error.code === 'conflict') return error.userMessage ?? 'error.conflict.body';
    throw error;
  };

  router.get('/year-reports', requirePermission('records:view-all'), async (req, res) => {
    const schoolId = userOf(req).schoolId;
    const [years, reports] = await Promise.all([
      prisma.schoolYear.findMany({ where: { schoolId }, orderBy: { startYear: 'desc' }, select: { startYear: true } }),
      prisma.yearReport.findMany({ where: { schoolId }, select: { startYear: true, updatedAt: true } }),
    ]);
    res.render('yearReports/index', { title: 'yearReport.listTitle', years, reports: new Map(reports.map((r) => [r.startYear, r])) });
  });

  router.get('/year-reports/:year', requirePermission('records:view-all'), (req, res) => {
    assertAllowed(whyNotReadReport(userOf(req)));
    return view(req, res);
  });

  router.post('/year-reports/:year', requirePermission('register:issue'), async (req, res) => {
    const user = userOf(req);
    assertAllowed(whyNotEditReport(user));
    const startYear = startYearParam(req);
    const input = await loadPrefillInput(prisma, user.schoolId, startYear, req.now, user.displayName);
    await createYearReport(prisma, commandContext(req), startYear, prefillYearReport(input));
    flash(req, 'success', 'yearReport.created');
    res.redirect(`/year-reports/${startYear}`);
  });

  router.post('/year-reports/:year/edit', requirePermission('register:issue'), async (req, res) => {
    const report = await load(req);
    const parsed = reportForm.safeParse(req.body);
    if (!parsed.success) return view(req, res, { values: formValues(req.body), errors: fieldErrors(parsed.error), status: 422 });
    const { preamble, signerName, recipients, revision, ...sections } = parsed.data;
    try {
      await saveYearReport(prisma, commandContext(req), report.id, revision, (c) => ({ ...c, preamble, sections, signerName, recipients }));
    } catch (error) {
      return view(req, res, { values: formValues(req.body), errors: { _form: conflictOr(res, error) }, status: 409 });
    }
    flash(req, 'success', 'yearReport.saved');
    res.redirect(`/year-reports/${report.startYear}`);
  });

  router.post('/year-reports/:year/refresh', requirePermission('register:issue'), async (req, res) => {
    const report = await load(req);
    const parsed = revisionForm.safeParse(req.body);
    // The revision is the page's own hidden field: anything else is a page out of date or tampered with.
    if (!parsed.success) return view(req, res, { errors: { _form: 'error.conflict.body' }, status: 409 });
    const { revision } = parsed.data;
    const stats = await loadStatistics(prisma, userOf(req).schoolId, report.startYear);
    const figures = stats.year === report.startYear ? reportFigures(stats) : [];
    try {
      await saveYearReport(prisma, commandContext(req), report.id, revision, (c) => ({ ...c, figures }), 'yearReport.refresh');
    } catch (error) {
      return view(req, res, { errors: { _form: conflictOr(res, error) }, status: 409 });
    }
    flash(req, 'success', 'yearReport.refreshed');
    res.redirect(`/year-reports/${report.startYear}`);
  });

  router.post('/year-reports/:year/issue', requirePermission('register:issue'), async (req, res) => {
    const report = await load(req);
    const parsed = issueForm.safeParse(req.body);
    if (!parsed.success) return view(req, res, { errors: { confirm: 'yearReport.confirmIssue' }, status: 422 });
    try {
      const doc = await issueYearReport(prisma, commandContext(req), report.id, parsed.data.revision);
      flash(req, 'success', res.locals.t('yearReport.issued', { symbol: doc.symbol }));
    } catch (error) {
      return view(req, res, { errors: { _form: conflictOr(res, error) }, status: 409 });
    }
    res.redirect(`/year-reports/${report.startYear}`);
  });

  const draftFile = (format: 'pdf' | 'docx') => async (req: Request, res: Response) => {
    assertAllowed(whyNotReadReport(userOf(req)));
    const report = foundOr404(await findYearReport(prisma, userOf(req).schoolId, startYearParam(req)));
    const school = await prisma.school.findUniqueOrThrow({ where: { id: userOf(req).schoolId } });
    const document = yearReportDocument({
      school,
      startYear: report.startYear,
      symbol: `${'\u00a0'.repeat(6)}/BC-${school.documentPrefix}`,
      date: { year: report.startYear + 1 },
      ...report.content,
      draft: true,
    });
    const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
    res
      .attachment(`bao-cao-tong-ket-${report.startYear}-${report.startYear + 1}-du-thao.${format}`)
      .type(format === 'pdf' ? 'application/pdf' : DOCX_TYPE)
      .send(bytes);
  };
  router.get('/year-reports/:year/draft/pdf', requirePermission('records:view-all'), draftFile('pdf'));
  router.get('/year-reports/:year/draft/docx', requirePermission('records:view-all'), draftFile('docx'));
}
