// File uploads with multer: in memory (files are stored in PostgreSQL so several app servers share them), one file,
// size-limited by UPLOAD_MAX_MB. The body is parsed once, before the CSRF check (csrf.ts), which refuses the file
// before reading a byte of it unless the form's _csrf field came first and matched and the request's route takes a
// file the account may upload (the table in uploadRoutes.ts, kept in step with the routes using singleUpload by
// tests/http/uploadRoutes.test.ts). On an upload route every multer refusal (too large, second file, wrong field
// name, too many fields, truncated body) becomes a 4xx AppError with a Vietnamese message — on the form page when the
// route says how to render it; other routes never see a refused body (formBodyRefusal.ts). Multipart fields arrive
// after the body middleware, so they are NFC-normalised and checked for NUL here.
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import type { Env } from '../config/env.ts';
import { AppError } from '../errors.ts';
import { classifyError } from './classifyError.ts';
import { containsNul } from './rejectNulBytes.ts';
import { BODY_LIMIT, PARAMETER_LIMIT } from './bodyLimits.ts';

/** Renders the form page with the refusal (a ready sentence) beside the file field, with the given status. */
export type UploadRefusal = (req: Request, res: Response, refusal: { status: number; message: string }) => void | Promise<void>;

function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  return value;
}

/**
 * A multipart body in the shape a urlencoded one has (express.urlencoded, extended: false): flat field names, each a
 * string or an array of strings. Multer's field parser (append-field) turns "f[x]" into an object and "f[a][b]" into
 * nested ones, which no form of the app sends and the field parsers do not expect (every route answered such a body
 * with a 500 once the CSRF check parsed multipart bodies for all routes): they become the flat names "f[x]" and
 * "f[a][b]" again, as a urlencoded body keeps them. Text is NFC, as normalizeBody makes a urlencoded body's.
 */
export function flatFields(body: unknown): Record<string, string | string[]> {
  const out = Object.create(null) as Record<string, string | string[]>; // a "__proto__" field stays a field
  const add = (key: string, raw: string) => {
    const value = raw.normalize('NFC'); // as normalizeBody does for urlencoded bodies
    const had = out[key];
    out[key] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  };
  const walk = (key: string, value: unknown, depth: number): void => {
    if (typeof value === 'string') return add(key, value);
    if (depth > 20 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => (typeof v === 'string' ? add(key, v) : walk(`${key}[${i}]`, v, depth + 1)));
      return;
    }
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(`${key}[${k}]`, v, depth + 1);
  };
  if (body && typeof body === 'object') for (const [k, v] of Object.entries(body as Record<string, unknown>)) walk(k, v, 0);
  return out;
}

/** Limits of a multipart body (fields, parts, bytes of one field's value, characters of a field name). */
export const MULTIPART_LIMITS = { fields: 20, parts: 25, fieldSize: 100 * 1024, fieldNameSize: 100 } as const;

/** Multer's parser of multipart bodies: at most one file, size-limited; fields and the file land in req.body/req.files. */
export function multipartParser(env: Env, fileFilter?: multer.Options['fileFilter']) {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: env.UPLOAD_MAX_MB * 1024 * 1024, files: 1, ...MULTIPART_LIMITS },
    ...(fileFilter ? { fileFilter } : {}),
  }).any();
}

/**
 * A route's upload: the body was parsed before the CSRF check (http/csrf.ts, so the token travels in the form, not
 * the URL); this takes its one file from field `name` and turns every refusal of the parse (too large, second file,
 * wrong field name, too many fields, truncated body, NUL bytes) into a 4xx with a Vietnamese message — on the form
 * page when `onRefused` says how to render it. Fields are NFC-normalised here.
 */
export function singleUpload(env: Env, name = 'file', onRefused?: UploadRefusal): SingleUpload {
  const maxMb = env.UPLOAD_MAX_MB;
  const handler = (req: Request, res: Response, next: NextFunction) => {
    const files = Array.isArray(req.files) ? req.files : [];
    const raw = req.uploadError ?? (files.some((f) => f.fieldname !== name) ? new multer.MulterError('LIMIT_UNEXPECTED_FILE', files[0]?.fieldname) : undefined);
    let refusal: AppError | undefined;
    if (raw) {
      refusal = classifyError(raw, { bodyLimit: BODY_LIMIT, parameterLimit: PARAMETER_LIMIT, uploadMaxMb: maxMb });
      if (refusal.status >= 500) return next(raw); // not a refusal of the input: the error handler logs it
    } else if (containsNul(req.body) || files.some((f) => f.originalname.includes('\u0000'))) {
      refusal = new AppError('bad_request', 'error.nulByte', { field: name });
    }
    if (!refusal) {
      req.file = files[0];
      if (req.body && typeof req.body === 'object') {
        req.body = Object.fromEntries(Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [k, nfc(v)]));
      }
      return next();
    }
    req.file = undefined;
    if (!onRefused) return next(refusal);
    const m = res.locals.m;
    const message = m(refusal.userMessage ?? 'upload.malformed', refusal.params);
    Promise.resolve(onRefused(req, res, { status: refusal.status, message })).catch(next);
  };
  return Object.assign(handler, { uploadField: name });
}

/** singleUpload's handler, marked with its file field so a test can find every upload route (uploadRoutes.ts). */
export type SingleUpload = ((req: Request, res: Response, next: NextFunction) => void) & { uploadField: string };

/** The file field of a route handler made by singleUpload, if it is one. */
export function uploadFieldOf(handler: unknown): string | undefined {
  return (handler as Partial<SingleUpload> | undefined)?.uploadField;
}
