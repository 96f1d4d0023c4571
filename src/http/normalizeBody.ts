// Every text that arrives in a form is stored in Unicode NFC (Vietnamese can arrive decomposed from some keyboards).
import type { NextFunction, Request, Response } from 'express';

function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

/** NFC-normalises every string of req.body. */
export function normalizeBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.body && typeof req.body === 'object') req.body = normalize(req.body);
  next();
}
