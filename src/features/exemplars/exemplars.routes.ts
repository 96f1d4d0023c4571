// Exemplars inside the app: the list of a school year with its filters, the new and edit forms (shared _form).
// Everyone signed in sees the published ones; the chair, the vice chair and the secretary see and manage all.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { createExemplar } from './createExemplar.ts';
import { whyNotEdit, whyNotManage } from './exemplar.policy.ts';
import { exemplarChoices, findExemplar, listExemplars } from './exemplar.queries.ts';
import { exemplarForm, listFilters } from './exemplar.schemas.ts';
import { excerptOf, formValuesOf, subjectOf, yearLabel } from './exemplars.presenter.ts';
import { updateExemplar } from './updateExemplar.ts';

type Extra = { status?: number; values?: Record<string, unknown>; errors?: Record<string, string> };

/** Registers /exemplars, /exemplars/new and /exemplars/:id/edit with their POSTs. */
export function registerExemplarRoutes(router: Router, prisma: PrismaClient): void {
  const renderForm = async (req: Request, res: Response, exemplarId: string | null, extra: Extra = {}) => {
    const user = userOf(req);
    const choices = await exemplarChoices(prisma, user.schoolId);
    res.status(extra.status ?? 200).render('exemplars/form', {
      title: exemplarId ? 'exemplars.editTitle' : 'exemplars.newTitle',
      exemplarId,
      choices,
      values: extra.values ?? {},
      errors: extra.errors ?? {},
    });
  };

  router.get('/exemplars', requirePermission('exemplar:view'), async (req, res) => {
    const user = userOf(req);
    const filters = listFilters.parse(req.query);
    const choices = await exemplarChoices(prisma, user.schoolId);
    const year = choices.years.find((y) => y.startYear === filters.year) ?? choices.years.find((y) => y.id === user.schoolYear?.id) ?? choices.years[0];
    const rows = year ? await listExemplars(prisma, user, { schoolYearId: year.id, kind: filters.kind, status: filters.status }) : [];
    res.render('exemplars/index', {
      title: 'exemplars.title',
      year: year ? yearLabel(year.startYear) : '',
      years: choices.years.map((y) => ({ value: y.startYear, label: yearLabel(y.startYear) })),
      filters: { year: year?.startYear ?? '', kind: filters.kind ?? '', status: filters.status ?? '' },
      filtered: Boolean(filters.kind || filters.status),
      exemplars: rows.map((r) => ({ ...r, subject: subjectOf(r), consented: r.consentBy !== null && r.consentWithdrawnAt === null })),
      excerptOf,
    });
  });

  router.get('/exemplars/new', requirePermission('exemplar:manage'), async (req, res) => {
    await renderForm(req, res, null, { values: { kind: 'nguoi_tot_viec_tot', subjectType: 'name' } });
  });

  router.post('/exemplars', requirePermission('exemplar:manage'), async (req, res) => {
    const user = userOf(req);
    assertAllowed(whyNotManage(user));
    if (!user.schoolYear) throw new AppError('not_found', 'error.notFound.body');
    const parsed = exemplarForm.safeParse(req.body);
    if (!parsed.success) return renderForm(req, res, null, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      const id = await createExemplar(prisma, commandContext(req), user.schoolYear.id, parsed.data);
      flash(req, 'success', 'exemplars.created');
      res.redirect(`/exemplars/${id}`);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderForm(req, res, null, { status: 422, values: formValues(req.body), errors });
    }
  });

  router.get('/exemplars/:id/edit', requirePermission('exemplar:manage'), async (req, res) => {
    const e = await findExemplar(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotEdit(userOf(req), e));
    await renderForm(req, res, e.id, { values: formValuesOf(e) });
  });

  router.post('/exemplars/:id', requirePermission('exemplar:manage'), async (req, res) => {
    const e = await findExemplar(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotEdit(userOf(req), e));
    const parsed = exemplarForm.safeParse(req.body);
    if (!parsed.success) return renderForm(req, res, e.id, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      await updateExemplar(prisma, commandContext(req), e.id, parsed.data);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderForm(req, res, e.id, { status: 422, values: formValues(req.body), errors });
    }
    flash(req, 'success', 'exemplars.updated');
    res.redirect(`/exemplars/${e.id}`);
  });
}
