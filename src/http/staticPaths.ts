// Which request paths can name a file under public/.

/** Paths that may name a file under public/: its folders, or a file name with an extension at the root. */
const STATIC_PATH = /^\/(?:css|js|fonts|img)\/|^\/[^/]+\.[A-Za-z0-9]+$/;

/** Whether a request path can name a static file (only those are looked up on disk). */
export const isStaticPath = (path: string): boolean => STATIC_PATH.test(path);
