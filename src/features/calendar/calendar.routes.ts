// The council calendar of a school year: milestones by month, with owner role; managers add, edit and close them.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { ROLES } from '../../domain/permissions.ts';
import { daysLeft, WINDOW_KINDS } from '../../domain/deadlines.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { formString, optionalDate, requiredDate, requiredText } from '../../http/formFields.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { findSchoolYear } from '../council/council.queries.ts';
import { openingMonth } from './calendarViews.routes.ts';
import { markMilestoneDone, saveMilestone } from './milestoneCommands.ts';

export const MILESTONE_KINDS = [
  'registration_window',
  'supplementary_window',
  'semester_review',
  'initiative_deadline',
  'council_meeting',
  'dossier_deadline',
  'other',
] as const;

export const milestoneForm = z
  .object({
    kind: formString.pipe(z.enum(MILESTONE_KINDS, { message: 'form.choose' })),
    title: requiredText(300),
    startsOn: optionalDate,
    dueOn: requiredDate,
    ownerRole: formString.pipe(z.enum(ROLES, { message: 'form.choose' })),
  })
  .refine((m) => !m.startsOn || m.startsOn <= m.dueOn, { path: ['dueOn'], message: 'calendar.dueBeforeStart' });

const isoOfCalendarDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** Registers /calendar routes. */
export function registerCalendarRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (
    req: Request,
    res: Response,
    startYear: string,
    o: { values?: Record<string, unknown>; errors?: Record<string, string>; editing?: string; status?: number } = {},
  ) => {
    const year = await findSchoolYear(prisma, userOf(req).schoolId, startYear);
    const [milestones, neighbours] = await Promise.all([
      prisma.milestone.findMany({ where: { schoolId: userOf(req).schoolId, schoolYearId: year.id }, orderBy: [{ dueOn: 'asc' }, { title: 'asc' }] }),
      prisma.schoolYear.findMany({
        where: { schoolId: userOf(req).schoolId, startYear: { in: [year.startYear - 1, year.startYear + 1] } },
        select: { startYear: true },
      }),
    ]);
    const months = new Map<string, Array<(typeof milestones)[number] & { left: number; closed: boolean }>>();
    for (const m of milestones) {
      const key = `${String(m.dueOn.getUTCMonth() + 1).padStart(2, '0')}/${m.dueOn.getUTCFullYear()}`;
      months.set(key, [
        ...(months.get(key) ?? []),
        { ...m, left: daysLeft(m.dueOn, req.now), closed: WINDOW_KINDS.has(m.kind) && daysLeft(m.dueOn, req.now) < 0 },
      ]);
    }
    res.status(o.status ?? 200).render('calendar/index', {
      title: 'calendar.title',
      year,
      hasPrev: neighbours.some((n) => n.startYear < year.startYear),
      hasNext: neighbours.some((n) => n.startYear > year.startYear),
      months: [...months.entries()],
      openMonth: openingMonth(year, req.now),
      kinds: MILESTONE_KINDS,
      roles: ROLES,
      editing: o.editing ?? null,
      values: o.values ?? { kind: 'other', title: '', startsOn: '', dueOn: '', ownerRole: 'secretary' },
      errors: o.errors ?? {},
    });
  };

  router.get('/calendar', requirePermission('plan:view'), (req, res) =>
    res.redirect(`/calendar/${userOf(req).schoolYear?.startYear ?? schoolYearStartOf(req.now)}`),
  );
  router.get('/calendar/:startYear', requirePermission('plan:view'), (req, res) => render(req, res, String(req.params.startYear)));

  router.get('/calendar/:startYear/milestones/:id/edit', requirePermission('calendar:manage'), async (req, res) => {
    const m = await prisma.milestone.findFirst({ where: { id: paramId(req.params), schoolId: userOf(req).schoolId } });
    if (!m) throw new AppError('not_found', 'error.notFound.body');
    await render(req, res, String(req.params.startYear), {
      editing: m.id,
      values: { ...m, startsOn: isoOfCalendarDate(m.startsOn), dueOn: isoOfCalendarDate(m.dueOn) },
    });
  });

  for (const path of ['/calendar/:startYear/milestones', '/calendar/:startYear/milestones/:id']) {
    router.post(path, requirePermission('calendar:manage'), async (req, res) => {
      const startYear = String(req.params.startYear);
      const year = await findSchoolYear(prisma, userOf(req).schoolId, startYear);
      const id = req.params.id ? paramId(req.params) : undefined;
      const parsed = milestoneForm.safeParse(req.body);
      if (!parsed.success) return render(req, res, startYear, { values: formValues(req.body), errors: fieldErrors(parsed.error), editing: id, status: 422 });
      await saveMilestone(prisma, commandContext(req), year.id, parsed.data, id);
      flash(req, 'success', 'calendar.saved');
      res.redirect(`/calendar/${startYear}`);
    });
  }

  router.post('/calendar/:startYear/milestones/:id/done', requirePermission('calendar:manage'), async (req, res) => {
    await markMilestoneDone(prisma, commandContext(req), paramId(req.params));
    flash(req, 'success', 'calendar.markedDone');
    res.redirect(`/calendar/${String(req.params.startYear)}`);
  });
}
