// CSRF protection, required on every state-changing request (form field _csrf or header X-CSRF-Token; never the URL,
// where tokens leak into logs and Referer headers — security.md 14.2.1). A multipart body is parsed here, and its file
// is refused before a byte of it is read unless the form's _csrf field, which comes first, matched and the request's
// route takes a file the account may upload (uploadRoutes.ts). A body refused part-way reaches only an upload route
// (which shows the refusal beside its file field); any other route is answered 4xx here. Signed in: a synchronizer
// token kept in the session.
// Anonymous (the login page, public forms): a double-submit token in its own HttpOnly cookie, so a visit that changes
// nothing creates no session row (a load run had left 45,672 of them, one per anonymous page view).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import type { Env } from '../config/env.ts';
import { forbidden } from '../domain/refusal.ts';
import { AppError, refusalError } from '../errors.ts';
import { formBodyRefusal } from './formBodyRefusal.ts';
import { flatFields, multipartParser } from './upload.ts';
import { uploadRouteFor } from './uploadRoutes.ts';

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

function expectedToken(req: Request): string | undefined {
  return req.session?.csrfToken ?? (req.user ? undefined : cookieToken(req));
}

function tokenMatches(req: Request): boolean {
  const sent = req.get('x-csrf-token') ?? (req.body as Record<string, unknown> | undefined)?._csrf;
  const expected = expectedToken(req);
  return typeof sent === 'string' && !!expected && sameToken(sent, expected);
}

/**
 * Whether the file part that begins now may be read: refused before a byte of it is read unless the form's _csrf field
 * (which comes first) or the header matched, someone is signed in (every upload route is behind a sign-in, so an
 * anonymous visitor, who holds a double-submit token all the same, never gets a file read into memory), the request
 * goes to a route that takes a file, the account holds the permission of that route's gate (the answer is the
 * gate's own 403), and the file comes in the route's file field. The fields before the file are in req.body.
 */
function fileRefusal(req: Request, fieldname: string): Error | undefined {
  if (!tokenMatches(req)) return new AppError('forbidden', 'error.csrf');
  if (!req.user) return new AppError('forbidden', 'error.forbidden.body');
  const route = uploadRouteFor(req.method, req.path);
  if (!route) return new AppError('bad_request', 'upload.notAccepted');
  if (!req.user.permissions.has(route.permission)) return refusalError(forbidden(route.reason));
  // The route's singleUpload shows this one beside its file field, as it did when the file was read first.
  if (fieldname !== route.field) return new multer.MulterError('LIMIT_UNEXPECTED_FILE', fieldname);
  return undefined;
}

/** Rejects state-changing requests without the session's token (403, nothing done); parses multipart bodies. */
export function csrfProtection(env: Env) {
  const parseMultipart = multipartParser(env, (req, file, accept) => {
    const refusal = fileRefusal(req, file.fieldname);
    if (refusal) return accept(refusal);
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
      if (error instanceof AppError) return next(error); // the file filter's refusals above
      if (!error) return next();
      // A refusal of the upload itself (too large, a second file…) is the upload route's to show beside its file
      // field, with the form's other input kept. Any other route never sees the fields read before the refusal: it
      // gets the answer a urlencoded body over its limits gets.
      if (uploadRouteFor(req.method, req.path)) {
        req.uploadError = error;
        return next();
      }
      next(formBodyRefusal(error, env.UPLOAD_MAX_MB));
    });
  };
}
