// 404 and the one error handler: AppError → its status and message; Prisma known errors mapped; anything else → 500
// with the request id (details only in the log). Unauthenticated page requests go to the login page.
import type { NextFunction, Request, Response } from 'express';
import { AppError, fromPrismaError } from '../errors.ts';
import { flash } from './flash.ts';

/** Last route: nothing matched. */
export function notFound(_req: Request, _res: Response, next: NextFunction): void {
  next(new AppError('not_found', 'error.notFound.body'));
}

function wantsHtml(req: Request): boolean {
  return req.accepts(['html', 'json']) === 'html';
}

/** Renders errors in the layout (or JSON for API callers). */
export function errorHandler(log: (line: string) => void) {
  // Express recognises error handlers by their four parameters.
  return (rawError: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let error = fromPrismaError(rawError);
    const multerCode = (error as { code?: string } | null)?.code;
    if (multerCode === 'LIMIT_FILE_SIZE') error = new AppError('too_large', 'error.tooLarge');
    const bodyStatus = (error as { status?: number; type?: string } | null)?.type === 'entity.too.large' ? 413 : undefined;
    if (bodyStatus) error = new AppError('too_large', 'error.tooLarge');
    if (!(error instanceof AppError)) {
      log(`[${req.id}] ${req.method} ${req.originalUrl} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      error = new AppError('internal', 'error.server.body');
    }
    const appError = error as AppError;
    if (res.headersSent) return;
    if (appError.code === 'unauthenticated' && req.method === 'GET' && wantsHtml(req)) {
      if (req.session) flash(req, 'info', 'login.required');
      return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
    }
    res.status(appError.status);
    if (!wantsHtml(req)) {
      res.json({ error: appError.code, message: res.locals.m ? res.locals.m(appError.userMessage ?? appError.code) : appError.code, requestId: req.id });
      return;
    }
    const titles: Record<number, string> = {
      403: 'error.forbidden.title',
      404: 'error.notFound.title',
      409: 'error.conflict.title',
      500: 'error.server.title',
    };
    res.render('errors/error', {
      status: appError.status,
      titleKey: titles[appError.status] ?? 'error.badRequest.title',
      message: appError.userMessage ?? 'error.server.body',
      showRequestId: appError.status >= 500,
    });
  };
}
