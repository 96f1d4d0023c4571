// The early page hit (issue 16, ADR 022): a repeated signed-in GET whose page is in the page cache is answered before
// the session, passport, locale, CSRF and view middleware run — with the one statement every signed-in request costs
// (the session row and its school's data version) and what the slow path would have decided from it: the same
// account context (held in memory by version and day), the same idle and absolute timeouts, the same CSRF token,
// language and cache key. Anything else — no cached page, "last seen" due to be stored, a pending flash message,
// a conditional request — goes on through the full pipeline, which reuses the session row already read; a GET that
// announces a body goes on without that read (see announcesBody). (?lang= needs no test of its own: the full
// pipeline stores a page under the language ?lang= switched the session to.)
// The response is the cached one with its headers as first sent, without the rolling session cookie: the cookie's
// expiry then moves when "last seen" is stored (at most a minute apart), like the session row's own expiry.
import type { NextFunction, Request, Response } from 'express';
import { unsign } from 'cookie-signature';
import type { Env } from '../config/env.ts';
import type { AccountContexts } from '../features/auth/accountContexts.ts';
import { accountDay } from '../features/auth/currentUser.ts';
import { cacheablePath, pageKey, type Entry, type PageCache } from './pageCache.ts';
import { sessionStanding, type AccountStore, type SessionRowRead } from './session.ts';
import { isStaticPath } from './staticPaths.ts';
import { sessionLocale } from './locals.ts';

export interface EarlyPageHitDeps {
  env: Env;
  store: AccountStore;
  contexts: AccountContexts;
  cache: PageCache;
  /** The session cookie's name and the secret it is signed with (express-session's `s:` + cookie-signature). */
  cookieName: string;
  secret: string;
}

/**
 * Cookie names and values lose spaces and tabs around them and nothing else, as in the `cookie` module express-session
 * parses with. String.prototype.trim also strips U+00A0, which a Cookie header can carry (a raw 0xA0 byte, read as
 * latin1): "\u00a0thidua.sid=…" would then be taken for the session cookie, which express-session does not read — the
 * early hit and the full pipeline would answer for two different sessions (a cookie tossed by a neighbouring site
 * under such a name, first in the header, would choose the session of every early hit).
 */
const trimOws = (text: string): string => text.replace(/^[ \t]+|[ \t]+$/g, '');

/** The session id of a signed session cookie (the first cookie of that name, as express-session reads it). */
export function signedSessionId(header: string | undefined, name: string, secret: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || trimOws(pair.slice(0, at)) !== name) continue;
    let value = trimOws(pair.slice(at + 1));
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      return undefined;
    }
    if (!value.startsWith('s:')) return undefined;
    const sid = unsign(value.slice(2), secret);
    return sid === false ? undefined : sid;
  }
  return undefined;
}

/**
 * Whether a request announces a body (type-is's test, which the body parsers apply to a GET too). The body is read
 * before express-session, for as long as the client takes to send it: a session row read here and handed on would be
 * that old when the full pipeline used it — a logout, a password change or a disabled account meanwhile would be
 * undone by its save (the store's upsert writes the session row back) and the account's context of before used.
 */
const announcesBody = (req: Request): boolean => req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;

/** The cached page the full pipeline would answer with for this session row, or undefined when it would do more. */
function cachedPageFor(deps: EarlyPageHitDeps, req: Request, row: SessionRowRead): Entry | undefined {
  const { data, userId, dataVersion } = row;
  if (!userId || !dataVersion || data.flash?.length || typeof data.csrfToken !== 'string') return undefined;
  const user = deps.contexts.get(userId, dataVersion, accountDay(req.now));
  if (!user) return undefined;
  const now = req.now.getTime();
  if (sessionStanding(deps.env, user.roles, data, now) !== 'current') return undefined;
  const key = pageKey({
    schoolId: user.schoolId,
    dataVersion,
    userId,
    csrfToken: data.csrfToken,
    locale: sessionLocale(data.locale) ?? user.locale ?? deps.env.DEFAULT_LOCALE,
    now: req.now,
    url: req.originalUrl,
  });
  return deps.cache.fresh(key, now);
}

/** The middleware, right after the request context (id, clock); does nothing when the page cache is off. */
export function earlyPageHit(deps: EarlyPageHitDeps) {
  if (!deps.cache.lru) return (_req: Request, _res: Response, next: NextFunction) => next();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' || req.headers['if-none-match'] || announcesBody(req) || !deps.store.ready) return next();
    const sid = signedSessionId(req.headers.cookie, deps.cookieName, deps.secret);
    if (!sid || isStaticPath(req.path) || !cacheablePath(req.path)) return next();
    deps.store.readWithVersion(sid).then(
      (row) => {
        req.sessionPreload = { sid, row };
        const hit = row ? cachedPageFor(deps, req, row) : undefined;
        if (!hit) return next();
        res.writeHead(200, hit.headers);
        res.end(hit.body);
      },
      // The database unreachable: the full pipeline reads the session again and fails where errors are rendered.
      () => next(),
    );
  };
}
