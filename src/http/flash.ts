// Flash messages: queued before a redirect, taken once by the next page that renders the layout.
import type { NextFunction, Request, Response } from 'express';

export type FlashKind = 'success' | 'error' | 'info';

/** Queues a message for the next rendered page. */
export function flash(req: Request, kind: FlashKind, message: string): void {
  (req.session.flash ??= []).push({ kind, message });
}

/** Gives views `takeFlash()`, which returns and clears the queued messages (so redirects keep them). */
export function flashLocals(req: Request, res: Response, next: NextFunction): void {
  res.locals.takeFlash = () => {
    const messages = req.session?.flash ?? [];
    if (req.session?.flash) delete req.session.flash;
    return messages;
  };
  next();
}
