// Collectives (tổ chuyên môn, tổ văn phòng, the whole school) and their leaders.
import type { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { formString, optionalId, requiredText } from '../../http/formFields.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { AppError } from '../../errors.ts';
import { saveCollective } from './saveCollective.ts';

export const collectiveForm = z.object({
  name: requiredText(100),
  kind: formString.pipe(z.enum(['grade_group', 'office', 'school'], { message: 'form.choose' })),
  leaderStaffId: optionalId,
});

/** Registers /collectives routes. */
export function registerCollectiveRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/collectives', requirePermission('directory:view'), async (req, res) => {
    const collectives = await prisma.collective.findMany({
      where: { schoolId: userOf(req).schoolId },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      include: { leader: { select: { fullName: true } }, _count: { select: { members: { where: { active: true } } } } },
    });
    res.render('collectives/index', { title: 'collectives.title', collectives });
  });

  const renderForm = async (
    req: Express.Request,
    res: import('express').Response,
    o: { id?: string; values: Record<string, unknown>; errors: Record<string, string>; status?: number },
  ) => {
    const staff = await prisma.staff.findMany({ where: { schoolId: userOf(req).schoolId, active: true }, select: { id: true, fullName: true } });
    res.status(o.status ?? 200).render('collectives/form', {
      title: o.id ? 'collectives.editTitle' : 'collectives.newTitle',
      staff: sortByVietnameseName(staff, (s) => s.fullName),
      ...o,
    });
  };

  router.get('/collectives/new', requirePermission('directory:manage'), (req, res) =>
    renderForm(req, res, { values: { name: '', kind: 'grade_group', leaderStaffId: '' }, errors: {} }),
  );

  router.get('/collectives/:id/edit', requirePermission('directory:manage'), async (req, res) => {
    const id = paramId(req.params);
    const c = await prisma.collective.findFirst({ where: { id, schoolId: userOf(req).schoolId } });
    if (!c) throw new AppError('not_found', 'error.notFound.body');
    await renderForm(req, res, { id, values: { name: c.name, kind: c.kind, leaderStaffId: c.leaderStaffId ?? '' }, errors: {} });
  });

  for (const path of ['/collectives', '/collectives/:id']) {
    router.post(path, requirePermission('directory:manage'), async (req, res) => {
      const id = req.params.id ? paramId(req.params) : undefined;
      const parsed = collectiveForm.safeParse(req.body);
      if (!parsed.success) return renderForm(req, res, { id, values: formValues(req.body), errors: fieldErrors(parsed.error), status: 422 });
      try {
        await saveCollective(prisma, commandContext(req), parsed.data, id);
      } catch (error) {
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        return renderForm(req, res, { id, values: formValues(req.body), errors, status: 422 });
      }
      flash(req, 'success', 'collectives.saved');
      res.redirect('/collectives');
    });
  }
}
