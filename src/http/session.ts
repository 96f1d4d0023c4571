// Sessions in PostgreSQL (connect-pg-simple). Idle timeout: the cookie and the row expire after SESSION_IDLE_MINUTES
// without a request (rolling). Absolute timeout: a session older than SESSION_ABSOLUTE_HOURS is destroyed.
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type pg from 'pg';
import type { Env } from '../config/env.ts';
import { flash } from './flash.ts';

export const SESSION_COOKIE = 'thidua.sid';

/** The express-session middleware backed by the `session` table. */
export function sessionMiddleware(env: Env, pool: pg.Pool, secret: string) {
  const PgStore = connectPgSimple(session);
  return session({
    name: SESSION_COOKIE,
    secret,
    store: new PgStore({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: env.TRUST_PROXY,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: 'auto', // Secure whenever the request arrived over TLS (directly or through a trusted proxy)
      maxAge: env.SESSION_IDLE_MINUTES * 60_000,
    },
  });
}

/**
 * Ends signed-in sessions idle longer than SESSION_IDLE_MINUTES or older than SESSION_ABSOLUTE_HOURS, measured with
 * the app's clock (the cookie's own expiry is the outer bound), then asks for a new login.
 */
export function sessionTimeouts(env: Env) {
  const absoluteMs = env.SESSION_ABSOLUTE_HOURS * 3_600_000;
  const idleMs = env.SESSION_IDLE_MINUTES * 60_000;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !req.session) return next();
    const now = req.now.getTime();
    const started = req.session.signedInAt ?? now;
    const lastSeen = req.session.lastSeenAt ?? now;
    if (now - started <= absoluteMs && now - lastSeen <= idleMs) {
      req.session.lastSeenAt = now;
      return next();
    }
    req.session.regenerate((err) => {
      if (err) return next(err);
      delete req.user;
      flash(req, 'info', 'login.expired');
      res.redirect('/login');
    });
  };
}
