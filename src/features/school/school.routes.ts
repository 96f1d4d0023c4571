// School settings: identity used in document headers, and per-year settings that changed with the 2025 reform.
// Their own permission (school:manage: the chair, who signs under that header, and the administrator), not the
// directory's: the page holds no staff or collective data.
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { openNextSchoolYear, saveSchool, saveSchoolYear } from './saveSchoolSettings.ts';
import { schoolForm, schoolYearForm } from './school.schemas.ts';

const isoOfCalendarDate = (d: Date) => d.toISOString().slice(0, 10);

/** Registers /admin/school routes. */
export function registerSchoolRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (
    req: Express.Request,
    res: import('express').Response,
    o: {
      values?: Record<string, unknown>;
      errors?: Record<string, string>;
      yearErrors?: Record<string, Record<string, string>>;
      yearValues?: Record<string, Record<string, unknown>>;
      status?: number;
    } = {},
  ) => {
    const school = await prisma.school.findUniqueOrThrow({ where: { id: userOf(req).schoolId } });
    const years = await prisma.schoolYear.findMany({ where: { schoolId: school.id }, orderBy: { startYear: 'desc' } });
    res.status(o.status ?? 200).render('school/settings', {
      title: 'school.title',
      values: o.values ?? school,
      errors: o.errors ?? {},
      years: years.map((y) => ({
        ...y,
        values: o.yearValues?.[y.id] ?? { ...y, evaluationDate: isoOfCalendarDate(y.evaluationDate) },
        errors: o.yearErrors?.[y.id] ?? {},
      })),
    });
  };

  router.get('/admin/school', requirePermission('school:manage'), (req, res) => render(req, res));

  router.post('/admin/school', requirePermission('school:manage'), async (req, res) => {
    const parsed = schoolForm.safeParse(req.body);
    if (!parsed.success) return render(req, res, { values: formValues(req.body), errors: fieldErrors(parsed.error), status: 422 });
    await saveSchool(prisma, commandContext(req), parsed.data);
    flash(req, 'success', 'school.saved');
    res.redirect('/admin/school');
  });

  router.post('/admin/school/years/:id', requirePermission('school:manage'), async (req, res) => {
    const id = paramId(req.params);
    const parsed = schoolYearForm.safeParse(req.body);
    const fail = (errors: Record<string, string>) =>
      render(req, res, { yearErrors: { [id]: errors }, yearValues: { [id]: formValues(req.body) }, status: 422 });
    if (!parsed.success) return fail(fieldErrors(parsed.error));
    try {
      await saveSchoolYear(prisma, commandContext(req), id, parsed.data);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return fail(errors);
    }
    flash(req, 'success', 'school.saved');
    res.redirect('/admin/school');
  });

  router.post('/admin/school/years', requirePermission('school:manage'), async (req, res) => {
    const startYear = await openNextSchoolYear(prisma, commandContext(req));
    flash(req, 'success', res.locals.t('school.yearOpened', { year: `${startYear}-${startYear + 1}` }));
    res.redirect('/admin/school');
  });
}
