// Request and session shapes shared by the HTTP layer.
import 'express-session';
import type { CurrentUser } from '../features/auth/currentUser.ts';
import type { Locale, Translate } from '../i18n/index.ts';

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    locale?: Locale;
    flash?: Array<{ kind: 'success' | 'error' | 'info'; message: string }>;
    signedInAt?: number;
    lastSeenAt?: number;
    passport?: { user?: string };
  }
}

declare global {
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends CurrentUser {}
    interface Request {
      id: string;
      now: Date;
      /** A multipart body's parse failure on an upload route, kept for its singleUpload to show on its form (csrf.ts). */
      uploadError?: unknown;
      /** The session read of this request, with the account's context when the store read both at once. */
      sessionRead?: import('./session.ts').SessionRead;
      /** The session row the early page hit already read for this request (earlyPageHit.ts), for the store to reuse. */
      sessionPreload?: import('./session.ts').SessionPreload;
    }
    /** What localeMiddleware puts in res.locals for every request (other locals stay untyped view data). */
    interface Locals {
      locale: Locale;
      t: Translate;
      m: (keyOrText: string, params?: Record<string, string | number>) => string;
    }
  }
}
