// PostgreSQL cannot store U+0000 in text, so a NUL byte that reached a query used to end in a 500. Refuse it at the
// door instead — in the address (path or query, percent-encoded) and in every form field name or value — with a 400
// that says which character is wrong. Multipart fields are checked by the upload middleware, which parses them.
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.ts';

/** True when a string, or any key or string inside an array or object, contains U+0000. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || !value || typeof value !== 'object') return false;
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

/** Refuses a request whose address or form body contains a NUL byte (400, nothing read or written). */
export function rejectNulBytes(req: Request, _res: Response, next: NextFunction): void {
  if (/%00/i.test(req.originalUrl) || containsNul(req.body)) return next(new AppError('bad_request', 'error.nulByte'));
  next();
}
