// The rendered-page cache (issue 16, ADR 022). A signed-in GET that rendered a 200 HTML page is kept in memory under
// (school, the school's data version, user, CSRF token, language, Vietnam day, full URL); the same GET answers from
// memory until any write to the school's data commits. The data version comes with the account context (one statement,
// read before the page's own reads): a commit between that read and the page's reads can only put a newer page under
// the older version, which no later request asks for (every later request reads the new version).
import type { NextFunction, Request, Response } from 'express';
import { vietnamDay } from '../domain/deadlines.ts';

/**
 * The school's public pages never come from this cache (no account, no session; they may show another school, whose
 * writes do not change this school's version). Case-insensitive as Express's routing is: /CONG-KHAI/… reaches them too.
 */
const PUBLIC_PAGES = /^\/cong-khai\//i;
/** Response headers a plain rendered page sets itself (anything else, e.g. Content-Disposition or Set-Cookie: not kept). */
const PAGE_HEADERS = new Set(['content-type', 'content-length', 'etag']);
/**
 * An entry also expires after this long by the app clock: a page that shows something computed from the time of day
 * (not only the date) is at most this late. Commands re-check everything with their own `now` anyway.
 */
export const PAGE_CACHE_TTL_MS = 60_000;

export interface Entry {
  /** The page as sent (UTF-8) and its ETag: a hit neither encodes nor hashes the page again. */
  body: Buffer;
  etag: string | undefined;
  /**
   * The response's headers as sent, name and value in turn, but for the session cookie and the request id (which are
   * the response's, not the page's): the security headers, Cache-Control, type, length and ETag. The early hit
   * (earlyPageHit.ts) sends them as they are.
   */
  headers: string[];
  bytes: number;
  storedAt: number;
}

/** The parts of a page's cache key: the same for the middleware below and the early hit before the session. */
export interface PageKeyParts {
  schoolId: string;
  dataVersion: string;
  userId: string;
  csrfToken: string;
  locale: string;
  now: Date;
  url: string;
}

/** The cache key of a page. */
export function pageKey(p: PageKeyParts): string {
  return `${p.schoolId}\n${p.dataVersion}\n${p.userId}\n${p.csrfToken}\n${p.locale}\n${vietnamDay(p.now).getTime()}\n${p.url}`;
}

/** Whether a GET of this path may ever be kept (the school's public pages never are). */
export const cacheablePath = (path: string) => !PUBLIC_PAGES.test(path);

/** Headers of a sent response that are the response's own, never replayed from an entry. */
const RESPONSE_HEADERS = new Set(['set-cookie', 'x-request-id', 'date', 'connection', 'keep-alive']);

/** A sent response's headers to replay, name and value in turn. */
function replayedHeaders(res: Response): string[] {
  const flat: string[] = [];
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (RESPONSE_HEADERS.has(name) || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) flat.push(name, String(one));
  }
  return flat;
}

/** A map bounded by the bytes of what it holds, least recently used out first. */
export class ByteLru {
  private readonly entries = new Map<string, Entry>();
  private held = 0;
  constructor(private readonly maxBytes: number) {}

  /** The entry, marked as just used. */
  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Stores an entry (one larger than an eighth of the whole is not kept), evicting the least recently used. */
  set(key: string, entry: Entry): void {
    this.delete(key);
    if (entry.bytes > this.maxBytes / 8) return;
    this.entries.set(key, entry);
    this.held += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= old.bytes;
    }
  }

  /** Removes an entry. */
  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.bytes;
  }

  /** Bytes held and entries, for tests and the benchmark. */
  get stats(): { bytes: number; entries: number } {
    return { bytes: this.held, entries: this.entries.size };
  }
}

/** The cache key of a request, or null when the request may not be answered from (or stored in) the cache. */
function keyOf(req: Request, res: Response): string | null {
  const user = req.user;
  if (req.method !== 'GET' || !user?.dataVersion || !req.session || !cacheablePath(req.path)) return null;
  if (req.session.flash?.length) return null; // a page showing a flash message is shown once
  const csrf = res.locals.csrfToken as unknown;
  if (typeof csrf !== 'string') return null;
  return pageKey({
    schoolId: user.schoolId,
    dataVersion: user.dataVersion,
    userId: user.id,
    csrfToken: csrf,
    locale: res.locals.locale,
    now: req.now,
    url: req.originalUrl,
  });
}

/** Whether the handler set no header of its own (Content-Disposition, Set-Cookie…): checked just before sending. */
function onlyPageHeaders(res: Response, headersBefore: ReadonlySet<string>): boolean {
  return res.getHeaderNames().every((name) => headersBefore.has(name) || PAGE_HEADERS.has(name));
}

/** Whether what was sent is a plain rendered page: 200 (or express's 304 for a matching ETag), HTML. */
function sentPage(res: Response): boolean {
  return (res.statusCode === 200 || res.statusCode === 304) && /^text\/html\b/.test(String(res.getHeader('content-type') ?? ''));
}

/**
 * The middleware (after the account, locale, flash and CSRF middleware), with `fresh(key, now)` for the early hit;
 * `maxMb` 0 turns it off.
 */
export function pageCache(maxMb: number, ttlMs = PAGE_CACHE_TTL_MS) {
  if (maxMb <= 0)
    return Object.assign((_req: Request, _res: Response, next: NextFunction) => next(), {
      lru: null,
      fresh: (_key: string, _now: number): Entry | undefined => undefined,
    });
  const lru = new ByteLru(Math.floor(maxMb * 1024 * 1024));
  // Renders under way, by key: an identical request arriving meanwhile waits for it rather than rendering the same
  // page again (request collapsing, as proxy caches do); if no entry results, it renders for itself.
  const rendering = new Map<string, Promise<void>>();
  const fresh = (key: string, now: number) => {
    const hit = lru.get(key);
    return hit && now >= hit.storedAt && now - hit.storedAt < ttlMs ? hit : undefined;
  };
  const sendHit = (res: Response, hit: Entry) => {
    res.set('Content-Type', 'text/html; charset=utf-8');
    if (hit.etag) res.set('ETag', hit.etag);
    res.send(hit.body);
  };
  const render = (req: Request, res: Response, next: NextFunction, key: string, now: number) => {
    let done!: () => void;
    rendering.set(
      key,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    const settle = () => {
      if (rendering.get(key)) rendering.delete(key);
      done();
    };
    res.once('finish', settle);
    res.once('close', settle);
    const headersBefore = new Set(res.getHeaderNames());
    let tookFlash = false;
    const takeFlash = res.locals.takeFlash as (() => unknown[]) | undefined;
    if (takeFlash) {
      res.locals.takeFlash = () => {
        const messages = takeFlash();
        if (messages.length) tookFlash = true;
        return messages;
      };
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      // The session cookie express-session adds when the headers go out is the response's, not the page's: the
      // handler's own headers are looked at before sending, the type and status after.
      const keep = typeof body === 'string' && res.statusCode === 200 && !tookFlash && onlyPageHeaders(res, headersBefore);
      const result = send(body);
      if (keep && !req.session?.flash?.length && res.statusCode === 200 && sentPage(res)) {
        const buffer = Buffer.from(body);
        const etag = res.getHeader('etag');
        const headers = replayedHeaders(res);
        const bytes = buffer.length + key.length * 2 + headers.reduce((n, h) => n + h.length * 2, 64);
        lru.set(key, { body: buffer, etag: typeof etag === 'string' ? etag : undefined, headers, bytes, storedAt: now });
      }
      return result;
    };
    next();
  };
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const key = keyOf(req, res);
    if (!key) return next();
    const now = req.now.getTime();
    const hit = fresh(key, now);
    if (hit) return sendHit(res, hit);
    const underway = rendering.get(key);
    if (!underway) return render(req, res, next, key, now);
    underway.then(
      () => {
        const after = fresh(key, now);
        if (after) sendHit(res, after);
        else render(req, res, next, key, now);
      },
      (error: unknown) => next(error),
    );
  };
  return Object.assign(middleware, { lru, fresh: (key: string, now: number): Entry | undefined => fresh(key, now) });
}

/** The page cache of an app. */
export type PageCache = ReturnType<typeof pageCache>;
