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

/** Ends sessions that outlived the absolute limit, then asks for a new login. */
export function absoluteTimeout(env: Env) {
  const limitMs = env.SESSION_ABSOLUTE_HOURS * 3_600_000;
  return (req: Request, res: Response, next: NextFunction) => {
    const started = req.session?.signedInAt;
    if (!req.user || !started || req.now.getTime() - started <= limitMs) return next();
    req.session.regenerate((err) => {
      if (err) return next(err);
      delete req.user;
      flash(req, 'info', 'login.expired');
      res.redirect('/login');
    });
  };
}
