// Staff directory: list with diacritic-insensitive search, create and edit.
import type { Request, Response, Router } from 'express';
import { requirePermission, userOf } from '../../http/gates.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { flash } from '../../http/flash.ts';
import { commandContext } from '../../http/commandContext.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findStaff, listCollectiveOptions, listStaff } from './staff.queries.ts';
import { staffForm, staffListQuery } from './staff.schemas.ts';
import { paramId } from '../../http/params.ts';
import { presentStaffRows, staffFormValues } from './staff.presenter.ts';
import { saveStaff } from './saveStaff.ts';
import { seesPersonalData } from './staff.policy.ts';

/** Registers /staff routes. */
export function registerStaffRoutes(router: Router, prisma: PrismaClient): void {
  const renderForm = async (
    req: Request,
    res: Response,
    o: { status?: number; id?: string; values: Record<string, unknown>; errors: Record<string, string> },
  ) => {
    const collectives = await listCollectiveOptions(prisma, userOf(req).schoolId);
    res
      .status(o.status ?? 200)
      .render('staff/form', { title: o.id ? 'staff.editTitle' : 'staff.newTitle', id: o.id, collectives, values: o.values, errors: o.errors });
  };

  router.get('/staff', requirePermission('directory:view'), async (req, res) => {
    const parsedQuery = staffListQuery.safeParse(req.query);
    const filters = parsedQuery.success ? parsedQuery.data : staffListQuery.parse({});
    const [list, collectives] = await Promise.all([listStaff(prisma, userOf(req), filters), listCollectiveOptions(prisma, userOf(req).schoolId)]);
    res.render('staff/index', {
      title: 'staff.title',
      rows: presentStaffRows(list.rows),
      total: list.total,
      page: list.page,
      pages: list.pages,
      collectives,
      filters,
      showBirthDates: seesPersonalData(userOf(req)),
    });
  });

  router.get('/staff/new', requirePermission('directory:manage'), async (req, res) => {
    await renderForm(req, res, { values: staffFormValues(), errors: {} });
  });

  router.post('/staff', requirePermission('directory:manage'), async (req, res) => {
    const parsed = staffForm(vietnamDay(req.now)).safeParse(req.body);
    if (!parsed.success) return renderForm(req, res, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      await saveStaff(prisma, commandContext(req), parsed.data);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderForm(req, res, { status: 422, values: formValues(req.body), errors });
    }
    flash(req, 'success', 'staff.created');
    res.redirect('/staff');
  });

  router.get('/staff/:id/edit', requirePermission('directory:manage'), async (req, res) => {
    const id = paramId(req.params);
    const staff = await findStaff(prisma, userOf(req).schoolId, id);
    await renderForm(req, res, { id, values: staffFormValues(staff), errors: {} });
  });

  router.post('/staff/:id', requirePermission('directory:manage'), async (req, res) => {
    const id = paramId(req.params);
    await findStaff(prisma, userOf(req).schoolId, id);
    const parsed = staffForm(vietnamDay(req.now)).safeParse(req.body);
    if (!parsed.success) return renderForm(req, res, { status: 422, id, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      await saveStaff(prisma, commandContext(req), parsed.data, id);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderForm(req, res, { status: 422, id, values: formValues(req.body), errors });
    }
    flash(req, 'success', 'staff.updated');
    res.redirect('/staff');
  });
}
