// Emulation movements: list, create/edit, status (launch, sơ kết, tổng kết), guidance files.
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formList, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { singleUpload } from '../../http/upload.ts';
import { acceptUpload } from '../files/storeFile.ts';
import { visiblePlansWhere } from '../plans/plan.queries.ts';
import { whyNotMoveStatus } from './movement.policy.ts';
import { findVisibleMovement, visibleMovementsWhere } from './movement.queries.ts';
import { attachMovementFile, changeMovementStatus, saveMovement } from './movementCommands.ts';
import { LAUNCH_LEVELS, MOVEMENT_KINDS, MOVEMENT_STATUSES, movementForm, statusForm } from './movement.schemas.ts';

const isoOfCalendarDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** Registers /movements routes. */
export function registerMovementRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const findMovement = (req: Request) => findVisibleMovement(prisma, userOf(req), paramId(req.params));
  const renderForm = async (
    req: Request,
    res: Response,
    o: { id?: string; values: Record<string, unknown>; errors: Record<string, string>; status?: number },
  ) => {
    const collectives = await prisma.collective.findMany({
      where: { schoolId: userOf(req).schoolId, kind: { not: 'school' } },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true },
    });
    const plans = await prisma.plan.findMany({ where: visiblePlansWhere(userOf(req)), orderBy: { year: 'desc' }, select: { id: true, year: true } });
    res.status(o.status ?? 200).render('movements/form', {
      title: o.id ? 'movements.editTitle' : 'movements.newTitle',
      collectives,
      plans,
      levels: LAUNCH_LEVELS,
      kinds: MOVEMENT_KINDS,
      ...o,
    });
  };
  const renderShow = async (
    req: Request,
    res: Response,
    extra: { errors?: Record<string, string>; values?: Record<string, unknown>; status?: number } = {},
  ) => {
    const movement = await findMovement(req);
    const [files, collectives] = await Promise.all([
      prisma.storedFile.findMany({
        where: { schoolId: userOf(req).schoolId, ownerType: 'Movement', ownerId: movement.id },
        select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.collective.findMany({ where: { id: { in: movement.collectives.map((c) => c.collectiveId) } }, select: { name: true } }),
    ]);
    const next = MOVEMENT_STATUSES[MOVEMENT_STATUSES.indexOf(movement.status) + 1] ?? null;
    res.status(extra.status ?? 200).render('movements/show', {
      title: 'movements.showTitle',
      movement,
      files,
      collectiveNames: collectives.map((c) => c.name),
      next,
      errors: extra.errors ?? {},
      values: extra.values ?? { summary: '' },
      maxMb: env.UPLOAD_MAX_MB,
    });
  };

  router.get('/movements', requirePermission('plan:view'), async (req, res) => {
    const movements = await prisma.movement.findMany({
      where: visibleMovementsWhere(userOf(req)),
      orderBy: [{ status: 'asc' }, { name: 'asc' }],
    });
    res.render('movements/index', { title: 'movements.title', movements });
  });

  router.get('/movements/new', requirePermission('movement:manage'), (req, res) =>
    renderForm(req, res, {
      values: {
        name: '',
        launchLevel: 'school',
        kind: 'regular',
        periodText: '',
        startsOn: '',
        endsOn: '',
        goals: '',
        criteria: '',
        wholeSchool: 'all',
        collectiveIds: [],
        planId: '',
        planSection: '',
      },
      errors: {},
    }),
  );

  router.get('/movements/:id', requirePermission('plan:view'), async (req, res) => {
    await renderShow(req, res);
  });

  router.get('/movements/:id/edit', requirePermission('movement:manage'), async (req, res) => {
    const m = await findMovement(req);
    await renderForm(req, res, {
      id: m.id,
      values: {
        ...m,
        startsOn: isoOfCalendarDate(m.startsOn),
        endsOn: isoOfCalendarDate(m.endsOn),
        wholeSchool: m.wholeSchool ? 'all' : 'selected',
        collectiveIds: m.collectives.map((c) => c.collectiveId),
        periodText: m.periodText ?? '',
        planId: m.planId ?? '',
        planSection: m.planSection ?? '',
      },
      errors: {},
    });
  });

  for (const path of ['/movements', '/movements/:id']) {
    router.post(path, requirePermission('movement:manage'), async (req, res) => {
      const id = req.params.id ? (await findMovement(req)).id : undefined;
      const values = { ...formValues(req.body), collectiveIds: formList(req.body, 'collectiveIds') };
      const parsed = movementForm.safeParse(req.body);
      if (!parsed.success) return renderForm(req, res, { id, values, errors: fieldErrors(parsed.error), status: 422 });
      let savedId: string;
      try {
        savedId = await saveMovement(prisma, commandContext(req), parsed.data, id);
      } catch (error) {
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        return renderForm(req, res, { id, values, errors, status: 422 });
      }
      flash(req, 'success', 'movements.saved');
      res.redirect(`/movements/${savedId}`);
    });
  }

  router.post('/movements/:id/status', requirePermission('movement:manage'), async (req, res) => {
    const movement = await findMovement(req);
    const parsed = statusForm.safeParse(req.body);
    if (!parsed.success) return renderShow(req, res, { errors: fieldErrors(parsed.error), values: formValues(req.body), status: 422 });
    assertAllowed(whyNotMoveStatus(userOf(req), movement.status, parsed.data.status));
    try {
      await changeMovementStatus(prisma, commandContext(req), movement.id, parsed.data.status, parsed.data.summary);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderShow(req, res, { errors, values: formValues(req.body), status: 422 });
    }
    flash(req, 'success', 'movements.statusChanged');
    res.redirect(`/movements/${movement.id}`);
  });

  router.post(
    '/movements/:id/files',
    requirePermission('movement:manage'),
    singleUpload(env, 'file', (req, res, refusal) => renderShow(req, res, { errors: { file: refusal.message }, status: refusal.status })),
    async (req, res) => {
      const movement = await findMovement(req);
      if (!req.file || req.file.size === 0) return renderShow(req, res, { errors: { file: 'files.noFile' }, status: 422 });
      try {
        await attachMovementFile(prisma, commandContext(req), movement.id, { ...(await acceptUpload(req.file)), bytes: req.file.buffer });
      } catch (error) {
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        return renderShow(req, res, { errors, status: 422 });
      }
      flash(req, 'success', 'files.uploaded');
      res.redirect(`/movements/${movement.id}`);
    },
  );
}
