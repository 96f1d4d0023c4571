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

/** A session row read with its account's school's data version (null: no such session, or expired). */
export interface SessionRowRead {
  data: session.SessionData & { passport?: { user?: string } };
  /** The account passport stored in the session, when it names an existing account. */
  userId: string | null;
  dataVersion: string | null;
}

/** A session read done before express-session ran (the early page hit, earlyPageHit.ts), handed to the store's get. */
export interface SessionPreload {
  sid: string;
  row: SessionRowRead | null;
}

type StoreCallback = (err: unknown, session?: session.SessionData | null) => void;
/** Marks a session express-session built from a stored row (a symbol: never serialized), as against a new one. */
const LOADED = Symbol('read from the store');
type PgStoreClass = ReturnType<typeof connectPgSimple>;
type QueryingStore = { quotedTable(): string; pruneTimer?: unknown };

/**
 * connect-pg-simple's store whose read of a session also reads its account's school's data version (issue 16, ADR
 * 022), with which the account's context can come from memory. express-session calls `get` synchronously from its
 * middleware, so the request's read record (and a read already done for this request) is handed over in `pending`
 * and `preloaded` just around that call (no AsyncLocalStorage needed). The process's first read goes through the
 * store's own `get`, which starts its timer pruning expired sessions.
 */
function accountSessionStore(PgStore: PgStoreClass) {
  return class AccountSessionStore extends PgStore {
    pending: SessionRead | undefined;
    preloaded: SessionPreload | undefined;

    /** Whether `readWithVersion` may be used: once the store's own first read has started its pruning timer. */
    get ready(): boolean {
      return Boolean((this as unknown as QueryingStore).pruneTimer);
    }

    /** The pool the store was given (kept here: connect-pg-simple keeps its own private). */
    pool: pg.Pool | undefined;

    /** The session row and its account's data version in one named statement; a row that does not parse is destroyed. */
    async readWithVersion(sid: string): Promise<SessionRowRead | null> {
      const text = sessionWithVersionSql((this as unknown as QueryingStore).quotedTable());
      // A named statement: each pooled connection parses and plans it once, not on every request.
      const { rows } = await this.pool!.query<Record<string, unknown>>({ name: 'thidua_session_read', text, values: [sid, Math.ceil(Date.now() / 1000)] });
      const row = rows[0];
      if (!row) return null;
      let data: SessionRowRead['data'];
      try {
        data = (typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess) as SessionRowRead['data'];
      } catch {
        await new Promise<void>((resolve, reject) => this.destroy(sid, (e) => (e ? reject(e as Error) : resolve())));
        return null;
      }
      const dataVersion = typeof row.dataVersion === 'string' ? row.dataVersion : null;
      return { data, userId: typeof row.accountId === 'string' ? (data.passport?.user ?? null) : null, dataVersion };
    }

    override get(sid: string, fn: StoreCallback): void {
      const read = this.pending;
      const preloaded = this.preloaded;
      this.pending = this.preloaded = undefined;
      if (!read || !this.ready) return super.get(sid, fn);
      const found = preloaded?.sid === sid ? Promise.resolve(preloaded.row) : this.readWithVersion(sid);
      found.then(
        (row) => {
          if (row) read.account = { userId: row.userId, dataVersion: row.dataVersion };
          fn(null, row?.data ?? null);
        },
        (error: unknown) => fn(error),
      );
    }

    /** A session built from a stored row (a request's read, a reload) is marked: its save may only update that row. */
    override createSession(req: Request, data: session.SessionData): session.Session & session.SessionData {
      const made = super.createSession(req, data);
      Object.defineProperty(made, LOADED, { value: true });
      return made;
    }

    /**
     * Stores a session. One read from the store is only updated: when its row was deleted meanwhile — a logout, a
     * password change ending the other sessions, a disabled account, while a request of that session was under way —
     * it stays deleted (connect-pg-simple's own save, an upsert, wrote such a session back when the request ended). A
     * new session (signing in, a regenerated one) is inserted as before.
     */
    override set(sid: string, data: session.SessionData, fn?: (err?: unknown) => void): void {
      if (!(LOADED in data)) return super.set(sid, data, fn);
      const expires = data.cookie?.expires ? new Date(data.cookie.expires).getTime() : Date.now() + 86_400_000;
      const text = `UPDATE ${(this as unknown as QueryingStore).quotedTable()} SET sess = $1, expire = to_timestamp($2) WHERE sid = $3`;
      this.pool!.query(text, [data, Math.ceil(expires / 1000), sid]).then(
        () => fn?.(),
        (error: unknown) => fn?.(error),
      );
    }
  };
}

/** The session store of an app: express-session's, with the one-statement read of the session and the data version. */
export type AccountStore = InstanceType<ReturnType<typeof accountSessionStore>>;

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

/** The `session` table's store. */
export function sessionStore(pool: pg.Pool): AccountStore {
  const Store = accountSessionStore(connectPgSimple(session));
  const store = new Store({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60, disableTouch: true });
  store.pool = pool;
  return store;
}

/** The express-session middleware backed by the `session` table. */
export function sessionMiddleware(env: Env, store: AccountStore, secret: string) {
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
    store.preloaded = req.sessionPreload;
    try {
      middleware(req, res, next);
    } finally {
      store.pending = store.preloaded = undefined; // read by a synchronous store.get, or not at all (no cookie)
    }
  };
}

/** "Last seen" is kept to the minute, so reading pages does not write the session on every click. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * Where a signed-in session stands at `now` (milliseconds): "expired" when idle longer than its idle timeout or older
 * than SESSION_ABSOLUTE_HOURS, "seen" when its "last seen" is due to be stored again, otherwise "current".
 */
export function sessionStanding(
  env: Env,
  roles: readonly Role[],
  stored: { signedInAt?: number; lastSeenAt?: number },
  now: number,
): 'current' | 'seen' | 'expired' {
  const started = stored.signedInAt ?? now;
  const lastSeen = stored.lastSeenAt ?? now;
  // A time that is not a number (a row written by hand or damaged) fails closed: every comparison with NaN is false,
  // which read as "current" for ever.
  if (!Number.isFinite(started) || !Number.isFinite(lastSeen)) return 'expired';
  if (now - started > env.SESSION_ABSOLUTE_HOURS * 3_600_000 || now - lastSeen > idleMinutesFor(env, roles) * 60_000) return 'expired';
  return now - lastSeen >= LAST_SEEN_RESOLUTION_MS ? 'seen' : 'current';
}

/**
 * Ends signed-in sessions idle longer than SESSION_IDLE_MINUTES or older than SESSION_ABSOLUTE_HOURS, measured with
 * the app's clock (the cookie's own expiry is the outer bound), then asks for a new login.
 */
export function sessionTimeouts(env: Env) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !req.session) return next();
    const now = req.now.getTime();
    const standing = sessionStanding(env, req.user.roles, req.session, now);
    if (standing !== 'expired') {
      if (standing === 'seen') req.session.lastSeenAt = now;
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
