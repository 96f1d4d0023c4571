// Complaints and petitions (đơn thư): the year's list with overdue and due-soon flags, logging a letter with its
// scan, its page (deadline and basis, handling, outcome), the reply letter issued from the document toolkit.
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { singleUpload } from '../../http/upload.ts';
import { acceptUpload } from '../files/storeFile.ts';
import { renderIssuedDocument } from '../register/renderIssuedDocument.ts';
import { whyNotHandle, whyNotReply } from './complaint.policy.ts';
import { complaintView } from './complaints.presenter.ts';
import { complaintChoices, complaintYears, findComplaint, listComplaints } from './complaints.queries.ts';
import { complaintForm, handlingForm } from './complaints.schemas.ts';
import { handleComplaint } from './handleComplaint.ts';
import { issueComplaintReply } from './issueComplaintReply.ts';
import { logComplaint } from './logComplaint.ts';

type Extra = { status?: number; values?: Record<string, unknown>; errors?: Record<string, string> };

const yearParam = z.coerce.number().int().min(1900).max(9999);

function currentYear(req: Request) {
  const year = userOf(req).schoolYear;
  if (!year) throw new AppError('not_found', 'error.notFound.body');
  return year;
}

/** A refusal meant for a form field (422 with its field) as the page's errors, or null. */
function fieldErrorOf(error: unknown): Record<string, string> | null {
  return error instanceof AppError && error.code === 'unprocessable' && error.field ? { [error.field]: error.userMessage ?? 'form.invalid' } : null;
}

/** Registers the complaint routes. */
export function registerComplaintRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const renderNew = async (req: Request, res: Response, extra: Extra = {}) => {
    const year = currentYear(req);
    res.status(extra.status ?? 200).render('complaints/new', {
      title: 'complaints.newTitle',
      choices: await complaintChoices(prisma, userOf(req).schoolId, year.id, vietnamDay(req.now)),
      values: extra.values ?? {},
      errors: extra.errors ?? {},
    });
  };
  const renderShow = async (req: Request, res: Response, extra: Extra = {}) => {
    const user = userOf(req);
    const row = await findComplaint(prisma, user.schoolId, paramId(req.params));
    const [scan, choices] = await Promise.all([
      prisma.storedFile.findFirst({ where: { schoolId: user.schoolId, ownerType: 'Complaint', ownerId: row.id }, select: { id: true, fileName: true } }),
      complaintChoices(prisma, user.schoolId, row.schoolYearId, vietnamDay(req.now)),
    ]);
    res.status(extra.status ?? 200).render('complaints/show', {
      title: 'complaints.title',
      complaint: complaintView(row, req.now),
      scan,
      council: choices.council,
      canHandle: whyNotHandle(user, row) === null,
      canReply: whyNotReply(user, row) === null,
      values: extra.values ?? {},
      errors: extra.errors ?? {},
    });
  };

  router.get('/complaints', requirePermission('complaint:view'), async (req, res) => {
    // The current year unless another of the school's years is asked for (?year=2024): earlier cases stay readable.
    const schoolId = userOf(req).schoolId;
    const years = await complaintYears(prisma, schoolId);
    const asked = yearParam.safeParse(req.query.year);
    const year = (asked.success ? years.find((y) => y.startYear === asked.data) : undefined) ?? currentYear(req);
    const rows = await listComplaints(prisma, schoolId, year.id);
    res.render('complaints/index', {
      title: 'complaints.title',
      startYear: year.startYear,
      years: years.map((y) => ({ value: String(y.startYear), label: `${y.startYear}-${y.startYear + 1}` })),
      complaints: rows.map((r) => complaintView(r, req.now)),
    });
  });

  router.get('/complaints/new', requirePermission('complaint:manage'), async (req, res) => {
    await renderNew(req, res, { values: { receivedOn: vietnamDay(req.now).toISOString().slice(0, 10) } });
  });

  router.post(
    '/complaints',
    requirePermission('complaint:manage'),
    singleUpload(env, 'file', (req, res, refusal) =>
      renderNew(req, res, { status: refusal.status, values: formValues(req.body), errors: { file: refusal.message } }),
    ),
    async (req, res) => {
      const year = currentYear(req);
      const parsed = complaintForm.safeParse(req.body);
      if (!parsed.success) return renderNew(req, res, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
      try {
        const scan = req.file && req.file.size > 0 ? { ...(await acceptUpload(req.file)), bytes: req.file.buffer } : null;
        const id = await logComplaint(prisma, commandContext(req), year.id, parsed.data, scan);
        flash(req, 'success', 'complaints.logged');
        res.redirect(`/complaints/${id}`);
      } catch (error) {
        const errors = fieldErrorOf(error);
        if (!errors) throw error;
        return renderNew(req, res, { status: 422, values: formValues(req.body), errors });
      }
    },
  );

  router.get('/complaints/:id', requirePermission('complaint:view'), async (req, res) => {
    await renderShow(req, res);
  });

  router.post('/complaints/:id', requirePermission('complaint:view'), async (req, res) => {
    const row = await findComplaint(prisma, userOf(req).schoolId, paramId(req.params));
    assertAllowed(whyNotHandle(userOf(req), row));
    const parsed = handlingForm.safeParse(req.body);
    if (!parsed.success) return renderShow(req, res, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      await handleComplaint(prisma, commandContext(req), row.id, parsed.data);
    } catch (error) {
      const errors = fieldErrorOf(error);
      if (!errors) throw error;
      return renderShow(req, res, { status: 422, values: formValues(req.body), errors });
    }
    flash(req, 'success', 'complaints.handled');
    res.redirect(`/complaints/${row.id}`);
  });

  router.post('/complaints/:id/reply', requirePermission('complaint:manage'), async (req, res) => {
    const row = await findComplaint(prisma, userOf(req).schoolId, paramId(req.params));
    assertAllowed(whyNotReply(userOf(req), row));
    await issueComplaintReply(prisma, commandContext(req), row.id);
    flash(req, 'success', 'complaints.replied');
    res.redirect(`/complaints/${row.id}`);
  });

  // The reply as issued: drawn from the register's snapshot, never from the live complaint.
  router.get('/complaints/:id/reply.:format', requirePermission('complaint:view'), async (req, res) => {
    const format = req.params.format === 'pdf' || req.params.format === 'docx' ? req.params.format : null;
    if (!format) throw new AppError('not_found', 'error.notFound.body');
    const row = await findComplaint(prisma, userOf(req).schoolId, paramId(req.params));
    const issued = row.replyDocumentId ? await prisma.issuedDocument.findFirst({ where: { id: row.replyDocumentId, schoolId: row.schoolId } }) : null;
    if (!issued) throw new AppError('not_found', 'error.notFound.body');
    const file = await renderIssuedDocument(issued, format);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="cong-van-tra-loi-don.${format}"`);
    res.send(file.bytes);
  });
}
