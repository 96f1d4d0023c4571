// A per-address limit on the public pages: they need no login, so a script could otherwise read them (and their
// photos, stored in PostgreSQL) as fast as it likes. A fixed window per client address, kept in this process's
// memory: enough to blunt a scraper against one app server, nothing to store; behind several servers each counts
// its own. The address is Express's req.ip, which honours only the configured proxy hops (TRUST_PROXY).
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../errors.ts';

/** Requests one address may make to the public pages per window (a page with 8 photos is 9 requests). */
export const PUBLIC_READS_PER_WINDOW = 300;
export const PUBLIC_WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

/** The middleware: 429 once an address has made `max` requests in the current window (measured with req.now). */
export function publicRateLimit(max = PUBLIC_READS_PER_WINDOW, windowMs = PUBLIC_WINDOW_MS) {
  const windows = new Map<string, { start: number; count: number }>();
  return (req: Request, _res: Response, next: NextFunction) => {
    const now = req.now.getTime();
    const key = req.ip ?? 'unknown';
    let w = windows.get(key);
    if (!w || now - w.start >= windowMs) {
      if (windows.size >= MAX_TRACKED) windows.clear(); // bounded memory: forgetting early only lets a few more through
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count += 1;
    if (w.count > max) return next(new AppError('rate_limited', 'public.rateLimited'));
    next();
  };
}
