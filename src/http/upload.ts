// File uploads with multer: in memory (files are stored in PostgreSQL so several app servers share them), one file,
// size-limited by UPLOAD_MAX_MB. Every multer refusal (too large, second file, wrong field name, too many fields,
// truncated body) becomes a 4xx AppError with a Vietnamese message — on the form page when the route says how to
// render it. Multipart fields arrive after the body middleware, so they are NFC-normalised and checked for NUL here.
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

/** Middleware accepting a single file in field `name`; `onRefused` shows a refusal on the form page. */
export function singleUpload(env: Env, name = 'file', onRefused?: UploadRefusal) {
  const maxMb = env.UPLOAD_MAX_MB;
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxMb * 1024 * 1024, files: 1, fields: 20, parts: 25, fieldSize: 100 * 1024, fieldNameSize: 100 },
  }).single(name);
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (raw?: unknown) => {
      let refusal: AppError | undefined;
      if (raw) {
        refusal = classifyError(raw, { bodyLimit: BODY_LIMIT, parameterLimit: PARAMETER_LIMIT, uploadMaxMb: maxMb });
        if (refusal.status >= 500) return next(raw); // not a refusal of the input: the error handler logs it
      } else if (containsNul(req.body) || req.file?.originalname.includes('\u0000')) {
        refusal = new AppError('bad_request', 'error.nulByte', { field: name });
      }
      if (!refusal) {
        if (req.body && typeof req.body === 'object') {
          req.body = Object.fromEntries(Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [k, nfc(v)]));
        }
        return next();
      }
      if (!onRefused) return next(refusal);
      req.file = undefined;
      const m = res.locals.m;
      const message = m(refusal.userMessage ?? 'upload.malformed', refusal.params);
      Promise.resolve(onRefused(req, res, { status: refusal.status, message })).catch(next);
    });
  };
}
