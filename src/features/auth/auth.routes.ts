// Sign in and out. Passport regenerates the session id at login; logout destroys the session server-side.
// Failed attempts are throttled per account and per address, with one generic message either way.
import type { NextFunction, Request, Response, Router } from 'express';
import type passport from 'passport';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { publicGate, signedIn } from '../../http/gates.ts';
import { fieldErrors } from '../../http/forms.ts';
import { SESSION_COOKIE } from '../../http/session.ts';
import { loginForm, safeNextPath } from './auth.schemas.ts';
import { clearAccountFailures, lockRemainingMs, recordLoginFailure, throttleKeys } from './loginThrottle.ts';
import { recordSignIn } from './recordSignIn.ts';

/** Registers /login and /logout. */
export function registerAuthRoutes(router: Router, auth: passport.PassportStatic, prisma: PrismaClient): void {
  router.get('/login', publicGate, (req, res) => {
    if (req.user) return res.redirect('/');
    res.render('auth/login', { values: { username: '', next: String(req.query.next ?? '') }, errors: {}, loggedOut: req.query.bye === '1' });
  });

  router.post('/login', publicGate, async (req: Request, res: Response, next: NextFunction) => {
    const values = { username: String(req.body?.username ?? ''), next: String(req.body?.next ?? '') };
    const parsed = loginForm.safeParse(req.body);
    if (!parsed.success) return res.status(422).render('auth/login', { values, errors: fieldErrors(parsed.error) });
    const keys = throttleKeys(parsed.data.username, req.ip);
    const throttled = (ms: number) =>
      res
        .status(429)
        .render('auth/login', { values, errors: {}, formError: 'login.throttled', formErrorParams: { minutes: Math.max(1, Math.ceil(ms / 60_000)) } });
    try {
      const locked = await lockRemainingMs(prisma, keys, req.now);
      if (locked > 0) return throttled(locked);
    } catch (error) {
      return next(error);
    }
    auth.authenticate('local', async (err: unknown, user: Express.User | false) => {
      try {
        if (err) return next(err);
        if (!user) {
          await recordLoginFailure(prisma, keys, req.now);
          const locked = await lockRemainingMs(prisma, keys, req.now);
          if (locked > 0) return throttled(locked);
          return res.status(401).render('auth/login', { values, errors: {}, formError: 'login.failed' });
        }
        await clearAccountFailures(prisma, keys);
        const locale = req.session.locale;
        req.logIn(user, async (loginErr) => {
          if (loginErr) return next(loginErr);
          req.session.signedInAt = req.now.getTime();
          req.session.lastSeenAt = req.now.getTime();
          if (locale) req.session.locale = locale;
          await recordSignIn(prisma, user.id, { now: req.now, requestId: req.id, action: 'auth.login' }).catch(next);
          res.redirect(safeNextPath(parsed.data.next));
        });
      } catch (error) {
        next(error);
      }
    })(req, res, next);
  });

  router.post('/logout', signedIn, (req, res, next) => {
    const userId = req.user!.id;
    req.logout((err) => {
      if (err) return next(err);
      req.session.destroy(async (destroyErr) => {
        if (destroyErr) return next(destroyErr);
        await recordSignIn(prisma, userId, { now: req.now, requestId: req.id, action: 'auth.logout' }).catch(() => undefined);
        res.clearCookie(SESSION_COOKIE);
        res.redirect('/login?bye=1');
      });
    });
  });
}
