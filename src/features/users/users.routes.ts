// Administration of accounts: list, open an account, one-time reset code, disable/enable.
import type { Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import { whyNotSetDisabled } from './users.policy.ts';
import { visibleUsersWhere } from './users.queries.ts';
import { createUser, setUserDisabled } from './createUser.ts';
import { createResetToken } from './resetTokens.ts';
import { newUserForm } from './users.schemas.ts';

/** Registers /admin/users routes. */
export function registerUserRoutes(router: Router, prisma: PrismaClient, env: Pick<Env, 'PUBLIC_URL'>): void {
  // From the configured address, never from the request's Host header, which the client chooses.
  const resetUrl = (code: string) => `${env.PUBLIC_URL}/reset/${code}`;
  const renderList = async (req: Express.Request, res: import('express').Response, extra: Record<string, unknown> = {}, status = 200) => {
    const schoolId = userOf(req).schoolId;
    const [users, staffWithout] = await Promise.all([
      prisma.user.findMany({
        where: visibleUsersWhere(userOf(req)),
        include: { staff: { select: { fullName: true, code: true } } },
        orderBy: { username: 'asc' },
      }),
      prisma.staff.findMany({ where: { schoolId, active: true, user: null }, select: { id: true, fullName: true, code: true } }),
    ]);
    // A one-time code is shown in this response only (never stored in the session): forbid caching it.
    if (extra.resetLink) res.set('Cache-Control', 'no-store');
    res.status(status).render('users/index', {
      title: 'users.title',
      users,
      staffOptions: sortByVietnameseName(staffWithout, (s) => s.fullName),
      values: { username: '', staffId: '', isAdmin: false },
      errors: {},
      resetLink: null,
      ...extra,
    });
  };

  router.get('/admin/users', requirePermission('user:manage'), (req, res) => renderList(req, res));

  router.post('/admin/users', requirePermission('user:manage'), async (req, res) => {
    const parsed = newUserForm.safeParse(req.body);
    if (!parsed.success) return renderList(req, res, { values: formValues(req.body), errors: fieldErrors(parsed.error) }, 422);
    let id: string;
    try {
      id = await createUser(prisma, commandContext(req), parsed.data);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderList(req, res, { values: formValues(req.body), errors }, 422);
    }
    const code = await createResetToken(prisma, commandContext(req), id);
    await renderList(req, res, { resetLink: { username: parsed.data.username, url: resetUrl(code) } });
  });

  router.post('/admin/users/:id/reset', requirePermission('user:manage'), async (req, res) => {
    const id = paramId(req.params);
    const code = await createResetToken(prisma, commandContext(req), id);
    const user = foundOr404(await prisma.user.findFirst({ where: { AND: [{ id }, visibleUsersWhere(userOf(req))] } }));
    await renderList(req, res, { resetLink: { username: user.username, url: resetUrl(code) } });
  });

  router.post('/admin/users/:id/disable', requirePermission('user:manage'), async (req, res) => {
    const target = foundOr404(
      await prisma.user.findFirst({ where: { AND: [{ id: paramId(req.params) }, visibleUsersWhere(userOf(req))] }, select: { id: true } }),
    );
    assertAllowed(whyNotSetDisabled(userOf(req), target.id));
    await setUserDisabled(prisma, commandContext(req), target.id, formValues(req.body).disabled !== 'false');
    flash(req, 'success', 'users.saved');
    res.redirect('/admin/users');
  });
}
