// Review by the vice chair or secretary: the list of submitted registrations, approve or return one with a reason,
// bulk approve after a confirmation page listing exactly what will be approved, and late registration by the
// secretary with a reason.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formList, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { whyNotReview } from './registration.policy.ts';
import { findRegistration, visibleRegistrationsWhere } from './registration.queries.ts';
import { withChoiceLists, withChoices } from './registrationChoices.ts';
import { lateForm, registrationForm, reviewForm } from './registration.schemas.ts';
import { bulkApprove, reviewRegistration, saveRegistration } from './registrationCommands.ts';
import { OPTIONS } from './registrationOptions.ts';
import { reviewFlags } from './reviewFlags.ts';

/** Registrations per page of the review list; "choose all" chooses those of the page shown. */
export const REVIEW_PAGE_SIZE = 50;
const reviewPage = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

const ids = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(z.uuid()).max(2000));

/** Registers the review routes. */
export function registerRegistrationReviewRoutes(router: Router, prisma: PrismaClient): void {
  const submitted = async (req: Request, only?: string[]) => {
    const rows = (
      await prisma.registration.findMany({
        where: {
          AND: [
            await visibleRegistrationsWhere(prisma, userOf(req)),
            { schoolYearId: userOf(req).schoolYear?.id ?? '', status: 'submitted', ...(only ? { id: { in: only } } : {}) },
          ],
        },
        include: withChoices,
      })
    ).map(withChoiceLists);
    const staff = new Map(
      (
        await prisma.staff.findMany({ where: { id: { in: rows.map((r) => r.staffId!).filter(Boolean) } }, select: { id: true, fullName: true, code: true } })
      ).map((s) => [s.id, s]),
    );
    const collectives = new Map(
      (await prisma.collective.findMany({ where: { id: { in: rows.map((r) => r.collectiveId!).filter(Boolean) } }, select: { id: true, name: true } })).map(
        (c) => [c.id, c.name],
      ),
    );
    return sortByVietnameseName(
      rows.map((r) => ({
        ...r,
        name: r.staffId ? (staff.get(r.staffId)?.fullName ?? '') : (collectives.get(r.collectiveId!) ?? ''),
        code: r.staffId ? (staff.get(r.staffId)?.code ?? '') : '',
      })),
      (r) => r.name,
    );
  };

  router.get('/registrations/review', requirePermission('registration:review'), async (req, res) => {
    const all = await submitted(req);
    // Paged by name: the flags (the eligibility of each registered title) are computed for the page shown only.
    const pages = Math.max(1, Math.ceil(all.length / REVIEW_PAGE_SIZE));
    const page = Math.min(reviewPage.parse(req.query.page), pages);
    const rows = all.slice((page - 1) * REVIEW_PAGE_SIZE, page * REVIEW_PAGE_SIZE);
    const flags = await reviewFlags(prisma, userOf(req).schoolId, userOf(req).schoolYear?.startYear ?? 0, rows);
    res.render('registrations/review', { title: 'registrations.reviewTitle', rows, flags, page, pages, total: all.length });
  });

  router.post('/registrations/review/confirm', requirePermission('registration:review'), async (req, res) => {
    const chosen = ids.safeParse(formValues(req.body).ids);
    const rows = chosen.success && chosen.data.length ? await submitted(req, chosen.data) : [];
    if (!rows.length) {
      flash(req, 'error', 'registrations.chooseSome');
      return res.redirect('/registrations/review');
    }
    const counts = Object.entries(
      rows.flatMap((r) => [...r.titles, ...r.forms]).reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {}),
    );
    res.render('registrations/reviewConfirm', { title: 'registrations.bulkTitle', rows, counts });
  });

  router.post('/registrations/review/approve', requirePermission('registration:review'), async (req, res) => {
    const chosen = ids.safeParse(formValues(req.body).ids);
    if (!chosen.success || !chosen.data.length) throw new AppError('bad_request', 'registrations.chooseSome');
    const n = await bulkApprove(prisma, commandContext(req), chosen.data);
    flash(req, 'success', res.locals.t('registrations.bulkApproved', { n }));
    res.redirect('/registrations/review');
  });

  router.post('/registrations/:id/review', requirePermission('registration:review'), async (req, res) => {
    const { reg, facts } = await findRegistration(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotReview(userOf(req), facts));
    const parsed = reviewForm.safeParse(req.body);
    if (!parsed.success) {
      const { ownerName, staffCode } = await findRegistration(prisma, userOf(req), reg.id);
      const movements = await prisma.movement.findMany({ where: { id: { in: reg.movementIds } }, select: { name: true } });
      return res.status(422).render('registrations/show', {
        title: 'registrations.showTitle',
        reg,
        ownerName,
        staffCode,
        movements,
        flagged: [],
        canProgress: false,
        isOwnerView: false,
        errors: fieldErrors(parsed.error),
      });
    }
    await reviewRegistration(prisma, commandContext(req), reg.id, parsed.data.decision, parsed.data.reason);
    flash(req, 'success', parsed.data.decision === 'approve' ? 'registrations.approved' : 'registrations.returned');
    res.redirect('/registrations/review');
  });

  const renderLate = async (req: Request, res: Response, values: Record<string, unknown>, errors: Record<string, string>, status = 200) => {
    const staff = await prisma.staff.findMany({ where: { schoolId: userOf(req).schoolId, active: true }, select: { id: true, fullName: true, code: true } });
    res.status(status).render('registrations/late', {
      title: 'registrations.lateTitle',
      staff: sortByVietnameseName(staff, (s) => s.fullName),
      options: OPTIONS.staff,
      values,
      errors,
    });
  };

  router.get('/registrations/late', requirePermission('registration:register-late'), (req, res) =>
    renderLate(req, res, { staffId: '', lateReason: '', titles: [], forms: [], commitments: '' }, {}),
  );

  router.post('/registrations/late', requirePermission('registration:register-late'), async (req, res) => {
    const values = { ...formValues(req.body), titles: formList(req.body, 'titles'), forms: formList(req.body, 'forms') };
    const late = lateForm.safeParse(req.body);
    const form = registrationForm.safeParse({ ...formValues(req.body), action: 'submit' });
    if (!late.success || !form.success)
      return renderLate(req, res, values, { ...(late.success ? {} : fieldErrors(late.error)), ...(form.success ? {} : fieldErrors(form.error)) }, 422);
    if (!(await prisma.staff.findFirst({ where: { id: late.data.staffId, schoolId: userOf(req).schoolId } })))
      return renderLate(req, res, values, { staffId: 'form.choose' }, 422);
    let id: string;
    try {
      id = await saveRegistration(
        prisma,
        commandContext(req),
        userOf(req).schoolYear!.id,
        { subject: 'staff', staffId: late.data.staffId, collectiveId: null },
        { ...form.data, submit: true, lateReason: late.data.lateReason },
      );
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return renderLate(req, res, values, errors, 422);
      if (error instanceof AppError && error.code === 'conflict')
        return renderLate(req, res, values, { staffId: error.userMessage ?? 'error.conflict.body' }, 409);
      throw error;
    }
    flash(req, 'success', 'registrations.lateSaved');
    res.redirect(`/registrations/${id}`);
  });
}
