// /dossiers: the year's dossier to one receiving body — completeness check, achievement reports, export as a job
// with progress, downloads of every kept version, and the submission record (sent, returned).
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { checkDossier } from '../../domain/dossiers/checkDossier.ts';
import { vietnamYear } from '../../domain/calendarDay.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { AppError } from '../../errors.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type pg from 'pg';
import { dossierJobs } from '../../jobs/dossierWorker.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission } from '../../http/gates.ts';
import { readAchievementContent } from './achievementReportContent.ts';
import { issueMessage } from './dossierIssueMessage.ts';
import { dossierHistory } from './dossiers.queries.ts';
import { exportForm, idParam, reportForm, returnedForm, sentForm } from './dossiers.schemas.ts';
import { loadDossierInput } from './loadDossierInput.ts';
import { submissionMatches } from './dossierSubmission.ts';
import { megabytes } from '../../domain/dossiers/evidenceSize.ts';
import { prefillAchievementContent } from './prefillAchievementContent.ts';
import { recordDossierSubmission } from './recordDossierSubmission.ts';
import { requestDossierExport } from './requestDossierExport.ts';
import { retryDossierExport } from './runDossierExport.ts';
import { saveAchievementReport } from './saveAchievementReport.ts';

const gate = requirePermission('dossier:export');

function startYearParam(req: Request): number {
  const m = /^(\d{4})(?:-\d{4})?$/.exec(String(req.params.year));
  if (!m) throw new AppError('not_found', 'error.notFound.body');
  return Number(m[1]);
}

/** Registers the /dossiers routes. */
export function registerDossierRoutes(router: Router, prisma: PrismaClient, pool: pg.Pool, limits: { maxBytes: number }): void {
  const jobs = dossierJobs(pool);
  const exportRow = async (req: Request) => {
    const { id } = idParam.parse(req.params);
    const row = await prisma.dossierExport.findFirst({
      where: { id, schoolId: req.user!.schoolId },
      omit: { pdf: true, zip: true },
      include: { schoolYear: true },
    });
    if (!row) throw new AppError('not_found', 'error.notFound.body');
    return row;
  };

  router.get('/dossiers', gate, (req, res) => res.redirect(`/dossiers/${req.user!.schoolYear?.startYear ?? vietnamYear(req.now) - 1}`));

  const renderPage = async (req: Request, res: Response, status = 200, errors: Record<string, string> = {}) => {
    const startYear = startYearParam(req);
    const year = await prisma.schoolYear.findFirst({ where: { schoolId: req.user!.schoolId, startYear } });
    if (!year) throw new AppError('not_found', 'error.notFound.body');
    const body = z.object({ receiver: z.string().optional(), overrideReason: z.string().optional() }).catch({}).parse(req.body);
    const to = typeof req.query.to === 'string' ? req.query.to : body.receiver;
    const { input, ruleSet, receivers, nomineeCounts, receivedBy, submission } = await loadDossierInput(prisma, {
      schoolId: req.user!.schoolId,
      startYear,
      receiver: to,
      version: 0,
      ...limits,
    });
    const issues = checkDossier(input, ruleSet.dossierParts).map((i) => ({ ...i, message: issueMessage(i) }));
    const history = await dossierHistory(prisma, req.user!.schoolId, startYear);
    res.status(status).render('dossiers/index', {
      title: 'dossiers.title',
      startYear,
      label: schoolYearLabel(startYear),
      input,
      ruleSet,
      // One dossier per receiving body: each with its nominees, its tờ trình and its latest version.
      bodies: receivers.map((name) => ({
        name,
        receivedBy: receivedBy[name] ?? null,
        nominees: nomineeCounts[name] ?? 0,
        latest: history.find((h) => h.receiver === name) ?? null,
      })),
      // Per nominee: how many uploads go in and their size ("2 tệp, 3,4 MB"), so the size bound is no surprise.
      evidenceOf: Object.fromEntries(
        input.nominees.map((n) => [
          n.nominationId,
          n.evidence.length ? `${n.evidence.length} tệp, ${megabytes(n.evidence.reduce((s, f) => s + f.size, 0))}` : '',
        ]),
      ),
      submission,
      submissionStale: submission.doc !== null && !submissionMatches(input, ruleSet, submission.doc),
      issues,
      history: history.filter((h) => h.receiver === input.receiver),
      errors,
      values: req.method === 'POST' ? body : {},
    });
  };

  router.get('/dossiers/:year', gate, (req, res) => renderPage(req, res));

  router.post('/dossiers/:year/export', gate, async (req, res) => {
    const startYear = startYearParam(req);
    const parsed = exportForm.safeParse(req.body);
    if (!parsed.success) return renderPage(req, res, 422, { receiver: 'field.required' });
    const mayOverride = req.user!.permissions.has('nomination:approve');
    const result = await requestDossierExport(prisma, commandContext(req), { startYear, ...parsed.data, mayOverride, ...limits }, jobs).catch(
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'conflict') return error.userMessage ?? 'dossiers.refusal.incomplete';
        throw error;
      },
    );
    if (typeof result === 'string') return renderPage(req, res, 422, { overrideReason: result });
    flash(req, 'success', result.created ? 'dossiers.exportQueued' : 'dossiers.exportSame');
    res.redirect(`/dossiers/${startYear}?to=${encodeURIComponent(parsed.data.receiver)}`);
  });

  router.get('/dossiers/exports/:id/status.json', gate, async (req, res) => {
    const row = await exportRow(req);
    res.json({ status: row.status, progressPct: row.progressPct, currentPart: row.currentPart, error: row.error });
  });

  for (const kind of ['pdf', 'zip'] as const) {
    router.get(`/dossiers/exports/:id/file.${kind}`, gate, async (req, res) => {
      const row = await exportRow(req);
      const file = await prisma.dossierExport.findFirst({ where: { id: row.id, schoolId: req.user!.schoolId, status: 'done' }, select: { [kind]: true } });
      const bytes = file?.[kind];
      if (!bytes) throw new AppError('not_found', 'error.notFound.body');
      res
        .attachment(`ho-so-khen-thuong-${schoolYearLabel(row.schoolYear.startYear)}-v${row.version}.${kind}`)
        .type(kind === 'pdf' ? 'application/pdf' : 'application/zip')
        .send(Buffer.from(bytes));
    });
  }

  router.post('/dossiers/exports/:id/retry', gate, async (req, res) => {
    const row = await exportRow(req);
    if (await retryDossierExport(prisma, req.user!.schoolId, row.id, jobs)) flash(req, 'success', 'dossiers.retried');
    res.redirect(`/dossiers/${row.schoolYear.startYear}?to=${encodeURIComponent(row.receiver)}`);
  });

  router.post('/dossiers/exports/:id/sent', gate, async (req, res) => {
    const row = await exportRow(req);
    const parsed = sentForm.safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', 'form.invalid');
      return res.redirect(`/dossiers/${row.schoolYear.startYear}?to=${encodeURIComponent(row.receiver)}`);
    }
    await recordDossierSubmission(prisma, commandContext(req), row.id, { kind: 'sent', ...parsed.data });
    flash(req, 'success', 'dossiers.saved');
    res.redirect(`/dossiers/${row.schoolYear.startYear}?to=${encodeURIComponent(row.receiver)}`);
  });

  router.post('/dossiers/exports/:id/returned', gate, async (req, res) => {
    const row = await exportRow(req);
    const parsed = returnedForm.safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', 'form.invalid');
      return res.redirect(`/dossiers/${row.schoolYear.startYear}?to=${encodeURIComponent(row.receiver)}`);
    }
    await recordDossierSubmission(prisma, commandContext(req), row.id, { kind: 'returned', ...parsed.data });
    flash(req, 'success', 'dossiers.saved');
    res.redirect(`/dossiers/${row.schoolYear.startYear}?to=${encodeURIComponent(row.receiver)}`);
  });

  const nominationOf = async (req: Request) => {
    const { id } = idParam.parse(req.params);
    const n = await prisma.nomination.findFirst({
      where: { id, schoolId: req.user!.schoolId },
      include: { staff: true, collective: true, achievementReport: true, schoolYear: true },
    });
    if (!n) throw new AppError('not_found', 'error.notFound.body');
    return n;
  };

  router.get('/dossiers/reports/:id', gate, async (req, res) => {
    const n = await nominationOf(req);
    const stored = n.achievementReport ? readAchievementContent(n.achievementReport.content) : null;
    const values = stored ?? prefillAchievementContent(n.staff, n, n.collective?.name);
    res.render('dossiers/report', {
      title: 'dossiers.report',
      nomination: n,
      name: n.staff?.fullName ?? n.collective?.name ?? '',
      values: { ...values, achievements: values.achievements.join('\n') },
      confirmed: Boolean(n.achievementReport?.confirmedAt),
      errors: {},
    });
  });

  router.post('/dossiers/reports/:id', gate, async (req, res) => {
    const n = await nominationOf(req);
    const parsed = reportForm.safeParse(req.body);
    if (!parsed.success) {
      return res.status(422).render('dossiers/report', {
        title: 'dossiers.report',
        nomination: n,
        name: n.staff?.fullName ?? n.collective?.name ?? '',
        values: req.body as Record<string, string>,
        confirmed: false,
        errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
      });
    }
    const { action, ...form } = parsed.data;
    const confirm = action === 'confirm' && req.user!.permissions.has('nomination:approve');
    const content = {
      birthDate: form.birthDate ?? '',
      gender: form.gender ?? '',
      hometown: form.hometown ?? '',
      qualification: form.qualification ?? '',
      duties: form.duties ?? '',
      achievements: form.achievements,
    };
    await saveAchievementReport(prisma, commandContext(req), n.id, { content, confirm });
    flash(req, 'success', 'dossiers.saved');
    res.redirect(`/dossiers/${n.schoolYear.startYear}`);
  });
}
