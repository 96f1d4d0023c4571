// express-session saves a changed session while it sends the response: the headers and all but the last byte of the
// body leave first (its "split response"), so a browser follows a 302 before the store has the new session, and the
// next page can read the old one — a flash message queued before a redirect was then lost under load (CI, 01/12/2026).
// Redirects therefore wait for the session to be stored. A session holding nothing (an anonymous visitor without a
// flash message) is not stored: an explicit save would create a row per anonymous redirect (the public posting form).
import type { NextFunction, Request, Response } from 'express';

/** Makes `res.redirect` store the session first, so the page redirected to reads what this request wrote. */
export function saveSessionBeforeRedirect(req: Request, res: Response, next: NextFunction): void {
  const redirect = res.redirect.bind(res) as (...args: unknown[]) => void;
  res.redirect = (...args: unknown[]) => {
    if (!req.session || Object.keys(req.session).every((key) => key === 'cookie')) return redirect(...args);
    req.session.save((error) => (error ? next(error) : redirect(...args)));
  };
  next();
}
