// File uploads with multer: in memory (files are stored in PostgreSQL so several app servers share them),
// one file, size-limited by UPLOAD_MAX_MB. Oversized files become a 413 with a Vietnamese message, not a 500.
import multer from 'multer';
import type { Env } from '../config/env.ts';

/** Middleware accepting a single file in field `name`. */
export function singleUpload(env: Env, name = 'file') {
  return multer({ storage: multer.memoryStorage(), limits: { fileSize: env.UPLOAD_MAX_MB * 1024 * 1024, files: 1, fields: 20 } }).single(name);
}
