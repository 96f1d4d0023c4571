// What every view can use: t/m (messages), formatDate, the current user and can(), the locale and the path.
import type { NextFunction, Request, Response } from 'express';
import { formatDate, formatDateTime, formatLongDate, isLocale, messageText, translator, type Locale } from '../i18n/index.ts';
import type { Env } from '../config/env.ts';
import type { Permission } from '../domain/permissions.ts';

/** The school's public pages (issue 15 §4): readable without an account, and without a session (any letter case, as routed). */
const PUBLIC_PAGES = /^\/cong-khai\//i;

/** The language a session holds, when it is one the app speaks (a damaged row's other value is ignored). */
export const sessionLocale = (value: unknown): Locale | undefined => (isLocale(value) ? value : undefined);

/** Picks the locale: ?lang on a GET, then the session, then the account, then the default. */
export function localeMiddleware(env: Env) {
  return (req: Request, res: Response, next: NextFunction) => {
    const asked = req.method === 'GET' ? req.query.lang : undefined;
    // The school's public pages never write the session (no session row, no cookie): there ?lang holds for the page.
    const sessionless = PUBLIC_PAGES.test(req.path);
    if (isLocale(asked) && req.session && !sessionless) req.session.locale = asked;
    const locale: Locale = (sessionless && isLocale(asked) ? asked : undefined) ?? sessionLocale(req.session?.locale) ?? req.user?.locale ?? env.DEFAULT_LOCALE;
    const t = translator(locale);
    res.locals.locale = locale;
    res.locals.t = t;
    /** A catalogue key is translated; any other text (e.g. a policy's reason) is shown as is. */
    res.locals.m = (keyOrText: string, params?: Record<string, string | number>) => messageText(t, keyOrText, params);
    res.locals.formatDate = formatDate;
    res.locals.formatDateTime = formatDateTime;
    res.locals.formatLongDate = (d: Date) => formatLongDate(d, locale);
    next();
  };
}

/** The current user, can(permission), the request path and id. */
export function viewLocals(req: Request, res: Response, next: NextFunction): void {
  res.locals.currentUser = req.user ?? null;
  res.locals.can = (p: Permission) => Boolean(req.user?.permissions.has(p));
  res.locals.currentPath = req.path;
  /** The current page in another language (GET pages keep their query; after a POST, the page's path). */
  res.locals.langUrl = (lang: string) => {
    const url = new URL(req.originalUrl, 'http://x');
    url.searchParams.set('lang', lang);
    return req.method === 'GET' ? `${url.pathname}${url.search}` : `${req.path}?lang=${lang}`;
  };
  // Signed-in pages hold personal data: never keep them in the browser cache (Back after logout shows nothing).
  if (req.user) res.set('Cache-Control', 'no-store');
  res.locals.requestId = req.id;
  res.locals.now = req.now;
  next();
}
