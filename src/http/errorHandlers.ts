// 404 and the one error handler: every error becomes an AppError (classifyError) and is rendered in the layout, or
// as JSON for API callers. The page must render whatever failed before it — no session (a body refused before the
// session middleware, a database outage), no user, no locale — so the handler sets every local the layout reads,
// and a page that still fails to render falls back to plain HTML. No response ever carries a stack, SQL or a path:
// 5xx details go to the log under the request id that the page shows.
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.ts';
import { messageText, translator, type MessageKey } from '../i18n/index.ts';
import { classifyError, type ErrorLimits } from './classifyError.ts';
import { flash } from './flash.ts';
import type { SecurityLog } from './securityLog.ts';

/** Last route: nothing matched. */
export function notFound(_req: Request, _res: Response, next: NextFunction): void {
  next(new AppError('not_found', 'error.notFound.body'));
}

function wantsHtml(req: Request): boolean {
  return req.accepts(['html', 'json']) === 'html';
}

const TITLES: Record<number, MessageKey> = {
  403: 'error.forbidden.title',
  404: 'error.notFound.title',
  409: 'error.conflict.title',
  500: 'error.server.title',
  503: 'error.unavailable.title',
};

/** The locals head.ejs and foot.ejs read, for a request that may have stopped before the middleware that sets them. */
function ensureLayoutLocals(req: Request, res: Response): void {
  const l = res.locals;
  if (typeof l.t !== 'function') {
    const t = translator('vi');
    l.locale = 'vi';
    l.t = t;
    l.m = (k: string, p?: Record<string, string | number>) => messageText(t, k, p);
  }
  l.currentUser ??= null;
  l.can ??= () => false;
  l.currentPath ??= req.path;
  l.langUrl ??= (lang: string) => `/?lang=${lang}`;
  l.requestId = req.id;
  // The flash partial reads the session; without one it has nothing to show.
  if (!req.session) l.takeFlash = () => [];
}

/** A page that needs nothing but the message: used when the layout itself cannot render. */
function plainPage(title: string, body: string, requestLine: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><link rel="stylesheet" href="/css/app.css"></head><body><main class="page"><section class="error-page"><h1>${esc(title)}</h1><p>${esc(body)}</p>${requestLine ? `<p class="muted">${esc(requestLine)}</p>` : ''}<p><a class="button" href="/">Về trang chủ</a></p></section></main></body></html>`;
}

/** Renders errors in the layout (or JSON for API callers). */
export function errorHandler(log: (line: string) => void, securityLog: SecurityLog, limits: ErrorLimits) {
  // Express recognises error handlers by their four parameters.
  return (rawError: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const error = classifyError(rawError, limits);
    if (error.status === 403 || error.status === 429) {
      // Every refusal passes here exactly once: a missing or wrong CSRF token, a gate or policy saying no, or a rate
      // limit (security.md 16.3: rate-limit hits are logged too; forms that answer 429 themselves log it there).
      const event = error.status === 429 ? 'rate.limited' : error.userMessage === 'error.csrf' ? 'csrf.failed' : 'authz.denied';
      const fields = {
        userId: req.user?.id ?? null,
        ip: req.ip ?? 'unknown',
        method: req.method,
        path: req.path,
        reason: error.userMessage ?? null,
        requestId: req.id,
      };
      securityLog(event, fields, req.now ?? new Date());
    }
    if (error.status >= 500) {
      const cause = error.cause ?? rawError;
      const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
      log(`[${req.id}] ${req.method} ${req.originalUrl} → ${error.status}: ${detail}`);
    }
    if (res.headersSent) {
      res.destroy(); // half a page was sent: cut it rather than leave the browser waiting
      return;
    }
    if (error.code === 'unauthenticated' && req.method === 'GET' && wantsHtml(req)) {
      if (req.session) flash(req, 'info', 'login.required');
      return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
    }
    ensureLayoutLocals(req, res);
    const m = res.locals.m;
    const message = error.userMessage ?? 'error.server.body';
    const text = m(message, error.params);
    res.status(error.status);
    if (error.status === 503) res.set('Retry-After', '10');
    if (!wantsHtml(req)) {
      res.json({ error: error.code, message: text, requestId: req.id });
      return;
    }
    const titleKey = TITLES[error.status] ?? 'error.badRequest.title';
    const showRequestId = error.status >= 500;
    res.render('errors/error', { status: error.status, titleKey, message, params: error.params, showRequestId }, (renderError, html) => {
      if (!renderError) return void res.send(html);
      log(`[${req.id}] the error page failed to render: ${renderError.stack ?? renderError.message}`);
      const t = translator('vi');
      res.type('html').send(plainPage(t(titleKey), text, showRequestId ? t('error.requestId', { id: req.id }) : ''));
    });
  };
}
