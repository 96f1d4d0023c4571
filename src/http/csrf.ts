// CSRF protection, required on every state-changing request (form field _csrf or header X-CSRF-Token; never the URL,
// where tokens leak into logs and Referer headers — security.md 14.2.1). A multipart body is parsed here, and its file
// is refused before a byte of it is read unless the form's _csrf field, which comes first, matched. Signed in: a
// synchronizer token kept in the session.
// Anonymous (the login page, public forms): a double-submit token in its own HttpOnly cookie, so a visit that changes
// nothing creates no session row (a load run had left 45,672 of them, one per anonymous page view).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Env } from '../config/env.ts';
import { AppError } from '../errors.ts';
import { flatFields, multipartParser } from './upload.ts';

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

/** The file filter's refusal of a file part sent by a visitor who is not signed in. */
const ANONYMOUS_FILE = new Error('file part from an anonymous visitor');

function expectedToken(req: Request): string | undefined {
  return req.session?.csrfToken ?? (req.user ? undefined : cookieToken(req));
}

function tokenMatches(req: Request): boolean {
  const sent = req.get('x-csrf-token') ?? (req.body as Record<string, unknown> | undefined)?._csrf;
  const expected = expectedToken(req);
  return typeof sent === 'string' && !!expected && sameToken(sent, expected);
}

/** Rejects state-changing requests without the session's token (403, nothing done); parses multipart bodies. */
export function csrfProtection(env: Env) {
  // The file filter runs when the file part begins: the fields before it (the hidden _csrf first) are in req.body.
  // Every upload route is behind a sign-in, so a visitor who is not signed in (who holds a double-submit token all
  // the same) never gets a file read into memory: multer stops at the file part and the request is refused.
  const parseMultipart = multipartParser(env, (req, _file, accept) => {
    if (!tokenMatches(req)) return accept(new AppError('forbidden', 'error.csrf'));
    if (!req.user) return accept(ANONYMOUS_FILE);
    accept(null, true);
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    res.locals.csrfToken = csrfTokenOf(req, res);
    if (SAFE_METHODS.has(req.method)) return next();
    if (req.is('multipart/form-data') !== 'multipart/form-data') {
      return next(tokenMatches(req) ? undefined : new AppError('forbidden', 'error.csrf'));
    }
    parseMultipart(req, res, (error?: unknown) => {
      req.body = flatFields(req.body);
      if (!tokenMatches(req)) return next(new AppError('forbidden', 'error.csrf'));
      if (error === ANONYMOUS_FILE) return next(new AppError('forbidden', 'error.forbidden.body'));
      // A refusal of the upload itself (too large, a second file…) is the route's to show beside its file field.
      if (error) req.uploadError = error;
      next();
    });
  };
}
