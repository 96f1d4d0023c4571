// Sessions in PostgreSQL (connect-pg-simple). Idle timeout: SESSION_IDLE_MINUTES without a request (rolling), and the
// shorter SESSION_IDLE_MINUTES_PRIVILEGED for the chair, the secretary and administrators. Absolute timeout: a session
// older than SESSION_ABSOLUTE_HOURS is destroyed. Behind a TLS proxy the cookie is Secure and named with the
// __Host- prefix, which browsers only accept from HTTPS, for the whole site (Path=/) and never for another domain.
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type pg from 'pg';
import type { Env } from '../config/env.ts';
import type { Role } from '../domain/permissions.ts';
import { sessionWithVersionSql } from '../features/auth/currentUser.ts';
import { flash } from './flash.ts';

/** What the session read brought along: the account stored in the session (passport's user id) and its school's data version. */
export interface SessionRead {
  account?: { userId: string | null; dataVersion: string | null };
}

type StoreCallback = (err: unknown, session?: session.SessionData | null) => void;
type PgStoreClass = ReturnType<typeof connectPgSimple>;

/**
 * connect-pg-simple's store whose read of a session also reads its account's school's data version (issue 16, ADR
 * 022), with which the account's context can come from memory. express-session calls `get` synchronously from its
 * middleware, so the request's read record is handed over in `pending` just around that call (no AsyncLocalStorage
 * needed). The process's first read goes through the store's own `get`, which starts its timer pruning expired
 * sessions.
 */
function accountSessionStore(PgStore: PgStoreClass) {
  return class AccountSessionStore extends PgStore {
    pending: SessionRead | undefined;

    override get(sid: string, fn: StoreCallback): void {
      const read = this.pending;
      this.pending = undefined;
      if (!read || !(this as unknown as { pruneTimer?: unknown }).pruneTimer) return super.get(sid, fn);
      const sql = sessionWithVersionSql((this as unknown as { quotedTable(): string }).quotedTable());
      const self = this as unknown as {
        query(q: { name: string; text: string }, p: unknown[], cb: (err: unknown, row?: Record<string, unknown>) => void): void;
      };
      // A named statement: each pooled connection parses and plans it once, not on every request.
      self.query({ name: 'thidua_session_read', text: sql }, [sid, Math.ceil(Date.now() / 1000)], (err, row) => {
        if (err) return fn(err);
        if (!row) return fn(null);
        let data: session.SessionData & { passport?: { user?: string } };
        try {
          data = (typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess) as typeof data;
        } catch {
          return this.destroy(sid, (e) => fn(e));
        }
        const dataVersion = typeof row.dataVersion === 'string' ? row.dataVersion : null;
        read.account = { userId: typeof row.accountId === 'string' ? (data.passport?.user ?? null) : null, dataVersion };
        fn(null, data);
      });
    }
  };
}

export const SESSION_COOKIE = 'thidua.sid';

/** Whether the session cookie is Secure: when the app sits behind a TLS proxy (TRUST_PROXY ≥ 1 hop). */
export function secureCookies(env: Env): boolean {
  return env.TRUST_PROXY > 0;
}

/** The session cookie's name: __Host-thidua.sid when Secure. */
export function sessionCookieName(secure: boolean): string {
  return secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

const PRIVILEGED: ReadonlySet<Role> = new Set<Role>(['admin', 'chair', 'secretary']);

/** The idle timeout of a signed-in account, in minutes. */
export function idleMinutesFor(env: Env, roles: readonly Role[]): number {
  return roles.some((r) => PRIVILEGED.has(r)) ? Math.min(env.SESSION_IDLE_MINUTES_PRIVILEGED, env.SESSION_IDLE_MINUTES) : env.SESSION_IDLE_MINUTES;
}

/** The express-session middleware backed by the `session` table. */
export function sessionMiddleware(env: Env, pool: pg.Pool, secret: string) {
  const Store = accountSessionStore(connectPgSimple(session));
  const store = new Store({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60, disableTouch: true });
  const middleware = session({
    name: sessionCookieName(secureCookies(env)),
    secret,
    // No touch: a page view that changes nothing writes nothing; "last seen" (below) is stored at most once a minute,
    // and each store refreshes the row's expiry.
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: env.TRUST_PROXY > 0,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      // Behind a TLS proxy always Secure (the __Host- name requires it); otherwise Secure whenever the request was TLS.
      secure: secureCookies(env) ? true : 'auto',
      maxAge: env.SESSION_IDLE_MINUTES * 60_000,
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    req.sessionRead = {};
    store.pending = req.sessionRead;
    try {
      middleware(req, res, next);
    } finally {
      store.pending = undefined; // read by a synchronous store.get, or not at all (no cookie)
    }
  };
}

/** "Last seen" is kept to the minute, so reading pages does not write the session on every click. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * Ends signed-in sessions idle longer than SESSION_IDLE_MINUTES or older than SESSION_ABSOLUTE_HOURS, measured with
 * the app's clock (the cookie's own expiry is the outer bound), then asks for a new login.
 */
export function sessionTimeouts(env: Env) {
  const absoluteMs = env.SESSION_ABSOLUTE_HOURS * 3_600_000;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !req.session) return next();
    const now = req.now.getTime();
    const started = req.session.signedInAt ?? now;
    const lastSeen = req.session.lastSeenAt ?? now;
    const idleMs = idleMinutesFor(env, req.user.roles) * 60_000;
    if (now - started <= absoluteMs && now - lastSeen <= idleMs) {
      if (now - lastSeen >= LAST_SEEN_RESOLUTION_MS) req.session.lastSeenAt = now;
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
