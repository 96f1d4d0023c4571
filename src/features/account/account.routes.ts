// The signed-in person's account: change password. And the public one-time reset link made by an administrator.
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { publicGate, requirePermission } from '../../http/gates.ts';
import { changePasswordForm, resetPasswordForm } from './account.schemas.ts';
import { changePassword } from './changePassword.ts';
import { findUsableResetToken, useResetToken } from '../users/resetTokens.ts';

/** Registers /account/password and /reset/:token. */
export function registerAccountRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/account/password', requirePermission('account:manage-own'), (_req, res) => {
    res.render('account/password', { title: 'account.passwordTitle', errors: {} });
  });

  router.post('/account/password', requirePermission('account:manage-own'), async (req, res) => {
    const parsed = changePasswordForm.safeParse(req.body);
    if (!parsed.success) return res.status(422).render('account/password', { title: 'account.passwordTitle', errors: fieldErrors(parsed.error) });
    try {
      await changePassword(prisma, commandContext(req), parsed.data, req.sessionID);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return res.status(422).render('account/password', { title: 'account.passwordTitle', errors });
    }
    flash(req, 'success', 'account.passwordChanged');
    res.redirect('/');
  });

  router.get('/reset/:token', publicGate, async (req, res) => {
    const token = await findUsableResetToken(prisma, String(req.params.token), req.now);
    res.status(token ? 200 : 404).render('account/reset', { title: 'account.resetTitle', valid: Boolean(token), token: String(req.params.token), errors: {} });
  });

  router.post('/reset/:token', publicGate, async (req, res) => {
    const raw = String(req.params.token);
    const parsed = resetPasswordForm.safeParse(req.body);
    if (!parsed.success)
      return res.status(422).render('account/reset', { title: 'account.resetTitle', valid: true, token: raw, errors: fieldErrors(parsed.error) });
    const ok = await useResetToken(prisma, raw, parsed.data.next, req.now, req.id);
    if (!ok) return res.status(404).render('account/reset', { title: 'account.resetTitle', valid: false, token: raw, errors: {} });
    flash(req, 'success', 'account.resetDone');
    res.redirect('/login');
  });
}
