// Sign in and out. Passport regenerates the session id at login; logout destroys the session server-side.
// Failed attempts are delayed per account+address and per address (docs/security/auth.md), with one generic message
// either way; failures and delays are logged as security events.
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type passport from 'passport';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { publicGate, signedIn, userOf } from '../../http/gates.ts';
import { fieldErrors, formText, formValues } from '../../http/forms.ts';
import type { SecurityLog } from '../../http/securityLog.ts';
import { sessionCookieName } from '../../http/session.ts';
import { loginForm, safeNextPath } from './auth.schemas.ts';
import { clearAccountFailures, delayRemainingMs, recordLoginFailure, throttleKeys } from './loginThrottle.ts';
import { recordSignIn } from './recordSignIn.ts';

/** Registers /login and /logout. */
export function registerAuthRoutes(
  router: Router,
  auth: passport.PassportStatic,
  prisma: PrismaClient,
  o: { securityLog: SecurityLog; secureCookies: boolean },
): void {
  const { securityLog } = o;
  router.get('/login', publicGate, (req, res) => {
    if (req.user) return res.redirect('/');
    res.render('auth/login', { values: { username: '', next: formText(req.query.next) }, errors: {}, loggedOut: req.query.bye === '1' });
  });

  router.post('/login', publicGate, async (req: Request, res: Response, next: NextFunction) => {
    const values = { username: formText(formValues(req.body).username), next: formText(formValues(req.body).next) };
    const parsed = loginForm.safeParse(req.body);
    if (!parsed.success) return res.status(422).render('auth/login', { values, errors: fieldErrors(parsed.error) });
    const keys = throttleKeys(parsed.data.username, req.ip);
    const who = { username: parsed.data.username, ip: req.ip ?? 'unknown', requestId: req.id };
    const throttled = (ms: number) =>
      res
        .set('Retry-After', String(Math.ceil(ms / 1000)))
        .status(429)
        .render('auth/login', { values, errors: {}, formError: 'login.throttled', formErrorParams: { minutes: Math.max(1, Math.ceil(ms / 60_000)) } });
    try {
      const waitMs = await delayRemainingMs(prisma, keys, req.now);
      if (waitMs > 0) {
        securityLog('login.delayed', { ...who, retryAfterSeconds: Math.ceil(waitMs / 1000) }, req.now);
        return throttled(waitMs);
      }
    } catch (error) {
      return next(error);
    }
    // passport types authenticate() as returning any; it is a request handler.
    const authenticate = auth.authenticate('local', async (err: unknown, user: Express.User | false) => {
      try {
        if (err) return next(err);
        if (!user) {
          const counts = await recordLoginFailure(prisma, keys, req.now);
          const waitMs = Math.max(counts.accountAddress.delayMs, counts.address.delayMs);
          securityLog(
            'login.failed',
            {
              ...who,
              failuresFromAddressForAccount: counts.accountAddress.failures,
              failuresFromAddress: counts.address.failures,
              delayedSeconds: Math.ceil(waitMs / 1000),
            },
            req.now,
          );
          if (waitMs > 0) return throttled(waitMs);
          return res.status(401).render('auth/login', { values, errors: {}, formError: 'login.failed' });
        }
        await clearAccountFailures(prisma, keys);
        const locale = req.session.locale;
        req.logIn(user, (loginErr) => {
          if (loginErr) return next(loginErr);
          req.session.signedInAt = req.now.getTime();
          req.session.lastSeenAt = req.now.getTime();
          if (locale) req.session.locale = locale;
          void recordSignIn(prisma, user.id, { now: req.now, requestId: req.id, action: 'auth.login' })
            .then(() => res.redirect(safeNextPath(parsed.data.next)))
            .catch(next);
        });
      } catch (error) {
        next(error);
      }
    }) as RequestHandler;
    await authenticate(req, res, next);
  });

  router.post('/logout', signedIn, (req, res, next) => {
    const userId = userOf(req).id;
    req.logout((err) => {
      if (err) return next(err);
      req.session.destroy((destroyErr) => {
        if (destroyErr) return next(destroyErr);
        void recordSignIn(prisma, userId, { now: req.now, requestId: req.id, action: 'auth.logout' })
          .catch(() => undefined)
          .then(() => {
            res.clearCookie(sessionCookieName(o.secureCookies), { path: '/', httpOnly: true, sameSite: 'lax', secure: o.secureCookies });
            // Also wipe what the browser kept of the session: cached pages with personal data, other cookies, storage.
            res.set('Clear-Site-Data', '"cache", "cookies", "storage"');
            res.redirect('/login?bye=1');
          });
      });
    });
  });
}
