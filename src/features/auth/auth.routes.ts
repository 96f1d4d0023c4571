// Sign in and out. Passport regenerates the session id at login; logout destroys the session server-side.
import type { Request, Response, NextFunction, Router } from 'express';
import type passport from 'passport';
import { publicGate, signedIn } from '../../http/gates.ts';
import { fieldErrors } from '../../http/forms.ts';
import { loginForm, safeNextPath } from './auth.schemas.ts';

/** Registers /login and /logout. */
export function registerAuthRoutes(router: Router, auth: passport.PassportStatic): void {
  router.get('/login', publicGate, (req, res) => {
    if (req.user) return res.redirect('/');
    res.render('auth/login', { values: { username: '', next: String(req.query.next ?? '') }, errors: {}, loggedOut: req.query.bye === '1' });
  });

  router.post('/login', publicGate, (req: Request, res: Response, next: NextFunction) => {
    const parsed = loginForm.safeParse(req.body);
    const values = { username: String(req.body?.username ?? ''), next: String(req.body?.next ?? '') };
    if (!parsed.success) {
      return res.status(422).render('auth/login', { values, errors: fieldErrors(parsed.error) });
    }
    auth.authenticate('local', (err: unknown, user: Express.User | false) => {
      if (err) return next(err);
      if (!user) {
        return res.status(401).render('auth/login', { values, errors: {}, formError: 'login.failed' });
      }
      const locale = req.session.locale;
      req.logIn(user, (loginErr) => {
        if (loginErr) return next(loginErr);
        req.session.signedInAt = req.now.getTime();
        if (locale) req.session.locale = locale;
        res.redirect(safeNextPath(parsed.data.next));
      });
    })(req, res, next);
  });

  router.post('/logout', signedIn, (req, res, next) => {
    req.logout((err) => {
      if (err) return next(err);
      req.session.destroy((destroyErr) => {
        if (destroyErr) return next(destroyErr);
        res.clearCookie('thidua.sid');
        res.redirect('/login?bye=1');
      });
    });
  });
}
