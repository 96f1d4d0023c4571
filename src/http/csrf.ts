// Synchronizer-token CSRF protection: one random token per session, required on every state-changing request
// (form field _csrf, header X-CSRF-Token, or — for multipart uploads, whose body is parsed later — query _csrf).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session's token, created on first use. */
export function csrfTokenOf(req: Request): string {
  req.session.csrfToken ??= randomBytes(32).toString('base64url');
  return req.session.csrfToken;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Rejects state-changing requests without the session's token (403, nothing done). */
export function csrfProtection(req: Request, res: Response, next: NextFunction): void {
  res.locals.csrfToken = csrfTokenOf(req);
  if (SAFE_METHODS.has(req.method)) return next();
  const multipart = req.is('multipart/form-data') === 'multipart/form-data';
  const sent = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.get('x-csrf-token') ?? (multipart ? req.query._csrf : undefined);
  const expected = req.session.csrfToken;
  if (typeof sent !== 'string' || !expected || !sameToken(sent, expected)) {
    return next(new AppError('forbidden', 'error.csrf'));
  }
  next();
}
