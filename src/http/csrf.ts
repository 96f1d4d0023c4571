// CSRF protection, required on every state-changing request (form field _csrf, header X-CSRF-Token, or — for
// multipart uploads, whose body is parsed later — query _csrf). Signed in: a synchronizer token kept in the session.
// Anonymous (the login page, public forms): a double-submit token in its own HttpOnly cookie, so a visit that changes
// nothing creates no session row (a load run had left 45,672 of them, one per anonymous page view).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The anonymous token's cookie: __Host- prefixed over TLS (no other site or subdomain can set it). */
function cookieName(req: Request): string {
  return req.secure ? '__Host-thidua.csrf' : 'thidua.csrf';
}

function cookieToken(req: Request): string | undefined {
  const name = cookieName(req);
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) {
      const value = pair.slice(at + 1).trim();
      return TOKEN_SHAPE.test(value) ? value : undefined;
    }
  }
  return undefined;
}

const newToken = () => randomBytes(32).toString('base64url');

/** The request's token: the session's once it holds one or someone is signed in, otherwise the cookie's. */
export function csrfTokenOf(req: Request, res: Response): string {
  if (req.session?.csrfToken) return req.session.csrfToken;
  if (req.user && req.session) return (req.session.csrfToken = newToken());
  const existing = cookieToken(req);
  if (existing) return existing;
  const token = newToken();
  res.cookie(cookieName(req), token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
  return token;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Rejects state-changing requests without the session's token (403, nothing done). */
export function csrfProtection(req: Request, res: Response, next: NextFunction): void {
  res.locals.csrfToken = csrfTokenOf(req, res);
  if (SAFE_METHODS.has(req.method)) return next();
  const multipart = req.is('multipart/form-data') === 'multipart/form-data';
  const sent = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.get('x-csrf-token') ?? (multipart ? req.query._csrf : undefined);
  const expected = req.session?.csrfToken ?? (req.user ? undefined : cookieToken(req));
  if (typeof sent !== 'string' || !expected || !sameToken(sent, expected)) {
    return next(new AppError('forbidden', 'error.csrf'));
  }
  next();
}
