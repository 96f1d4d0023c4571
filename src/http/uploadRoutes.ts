// The routes that take a file, with the gate each declares and its file field. The CSRF middleware parses every
// multipart body before any route runs (csrf.ts); its file filter reads this table to refuse a file part, before a
// byte of it is read, when the request's route takes no file, when the signed-in account lacks the permission the
// route's gate requires, or when the file comes in another field. tests/http/uploadRoutes.test.ts walks the app's
// router and fails when a route using singleUpload is missing here, or when an entry differs from its route.
import type { Permission } from '../domain/permissions.ts';
import type { MessageKey } from '../i18n/index.ts';

export interface UploadRoute {
  method: 'POST';
  /** The path as registered, with its :params. */
  path: string;
  /** The permission of the route's gate (requirePermission), and the gate's reason when it gives one. */
  permission: Permission;
  reason?: MessageKey;
  /** The file field singleUpload takes. */
  field: string;
}

/** Every route that takes a file (POST only). */
export const UPLOAD_ROUTES: readonly UploadRoute[] = [
  { method: 'POST', path: '/staff/import', permission: 'directory:import', field: 'file' },
  { method: 'POST', path: '/history/import', permission: 'history:import', field: 'file' },
  { method: 'POST', path: '/movements/:id/files', permission: 'movement:manage', field: 'file' },
  { method: 'POST', path: '/nominations/:id/evidence', permission: 'nomination:propose', field: 'file' },
  { method: 'POST', path: '/registrations/:id/evidence', permission: 'registration:submit-own', field: 'file' },
  { method: 'POST', path: '/initiatives/:id/files', permission: 'initiative:submit-own', field: 'file' },
  { method: 'POST', path: '/complaints', permission: 'complaint:manage', field: 'file' },
  { method: 'POST', path: '/exemplars/:id/photos', permission: 'exemplar:manage', field: 'file' },
  { method: 'POST', path: '/contests/:id/entries', permission: 'contest:enter', field: 'file' },
  { method: 'POST', path: '/contests/:id/entries/:entryId', permission: 'contest:enter', field: 'file' },
];

/**
 * A route path as Express's router matches it by default: case-insensitive, one optional trailing slash, each
 * `:param` one non-empty segment.
 */
function pathMatcher(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`, 'i');
}

const MATCHERS = UPLOAD_ROUTES.map((route) => ({ route, pattern: pathMatcher(route.path) }));

/** The upload route a request goes to, or undefined when its route takes no file. */
export function uploadRouteFor(method: string, path: string): UploadRoute | undefined {
  return MATCHERS.find((m) => m.route.method === method && m.pattern.test(path))?.route;
}
