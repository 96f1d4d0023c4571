// The table of upload routes (src/http/uploadRoutes.ts), which the CSRF middleware's file filter reads to decide
// whether a file part may be read at all, cannot drift from the routes: every route using singleUpload is in it with
// its gate's permission and its file field, every entry is such a route, and the table's path matching sends every
// POST address exactly where Express's router sends it.
import express from 'express';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/config/env.ts';
import { requirePermission } from '../../src/http/gates.ts';
import { singleUpload } from '../../src/http/upload.ts';
import { UPLOAD_ROUTES, uploadRouteFor, type UploadRoute } from '../../src/http/uploadRoutes.ts';
import { buildTestApp } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { listRoutes, type RouteInfo } from '../support/routes.ts';

const db = useTestDatabase();
const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const TABLE = 'src/http/uploadRoutes.ts';

/** Each disagreement between the app's routes and the table, as a sentence saying what to fix. */
function registryProblems(routes: RouteInfo[], table: readonly UploadRoute[]): string[] {
  const entries = new Map(table.map((e) => [key(e), e]));
  const problems: string[] = [];
  for (const route of routes) {
    const entry = entries.get(key(route));
    if (route.uploadField === undefined) {
      if (entry) problems.push(`${key(route)} is in ${TABLE} but takes no file (no singleUpload): remove it`);
      continue;
    }
    if (!entry) {
      problems.push(`${key(route)} uses singleUpload but is not in ${TABLE}: add it with its gate's permission and its file field`);
      continue;
    }
    const gate = { kind: 'permission', permission: entry.permission, ...(entry.reason ? { reason: entry.reason } : {}) };
    if (!isDeepStrictEqual(route.gate, gate))
      problems.push(`${key(route)} declares the gate ${JSON.stringify(route.gate)}, ${TABLE} says ${JSON.stringify(gate)}`);
    if (route.uploadField !== entry.field) problems.push(`${key(route)} takes its file in '${route.uploadField}', ${TABLE} says '${entry.field}'`);
  }
  const registered = new Set(routes.map(key));
  for (const entry of table) if (!registered.has(key(entry))) problems.push(`${key(entry)} is in ${TABLE} but no such route is registered`);
  return problems;
}

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] }; match(path: string): unknown };

/** The path (as registered) of the route Express's router sends a POST to `address` to, if any. */
function expressRouteFor(app: express.Express, address: string): string | undefined {
  const find = (stack: Layer[]): string | undefined => {
    for (const layer of stack) {
      if (layer.route) {
        if (layer.route.methods.post && layer.match(address)) return layer.route.path;
      } else if (layer.handle?.stack) {
        const found = find(layer.handle.stack);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find((app as unknown as { router: { stack: Layer[] } }).router.stack);
}

describe('the table of upload routes', () => {
  it('names exactly the routes using singleUpload, with their gate and file field', () => {
    const routes = listRoutes(buildTestApp(db.current).app);
    expect(routes.filter((r) => r.uploadField !== undefined).length).toBe(UPLOAD_ROUTES.length);
    expect(registryProblems(routes, UPLOAD_ROUTES)).toEqual([]);
  });

  it('catches a missing route, a stale entry, another permission and another field (the check itself works)', () => {
    const env = { UPLOAD_MAX_MB: 1 } as Env;
    const app = express();
    const router = express.Router();
    router.post('/new-upload', requirePermission('plan:edit'), singleUpload(env), (_req, res) => res.end());
    router.post('/movements/:id/files', requirePermission('plan:edit'), singleUpload(env, 'scan'), (_req, res) => res.end());
    router.post('/complaints', requirePermission('complaint:manage'), (_req, res) => res.end());
    app.use(router);
    const table: UploadRoute[] = [
      { method: 'POST', path: '/movements/:id/files', permission: 'movement:manage', field: 'file' },
      { method: 'POST', path: '/complaints', permission: 'complaint:manage', field: 'file' },
      { method: 'POST', path: '/gone', permission: 'plan:edit', field: 'file' },
    ];
    expect(registryProblems(listRoutes(app), table)).toEqual([
      `POST /new-upload uses singleUpload but is not in ${TABLE}: add it with its gate's permission and its file field`,
      `POST /movements/:id/files declares the gate {"kind":"permission","permission":"plan:edit"}, ${TABLE} says {"kind":"permission","permission":"movement:manage"}`,
      `POST /movements/:id/files takes its file in 'scan', ${TABLE} says 'file'`,
      `POST /complaints is in ${TABLE} but takes no file (no singleUpload): remove it`,
      `POST /gone is in ${TABLE} but no such route is registered`,
    ]);
  });

  it("matches a POST address to an upload route exactly when Express's router sends it there", () => {
    const app = buildTestApp(db.current).app;
    const uploads = new Set(UPLOAD_ROUTES.map((r) => r.path));
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const disagreements: string[] = [];
    let checked = 0;
    for (const route of listRoutes(app).filter((r) => r.method === 'POST')) {
      const sample = route.path.replace(/:\w+/g, id);
      // Express matches case-insensitively, with one optional trailing slash.
      for (const address of [sample, `${sample}/`, sample.toUpperCase(), `${sample}//`, `${sample}/x`, sample.replace(id, `${id}/x`)]) {
        const target = expressRouteFor(app, address);
        const expected = target && uploads.has(target) ? target : undefined;
        const actual = uploadRouteFor('POST', address)?.path;
        checked++;
        if (actual !== expected) disagreements.push(`POST ${address}: Express → ${target ?? 'no route'}, the table → ${actual ?? 'no upload route'}`);
      }
    }
    expect(checked).toBeGreaterThan(400);
    expect(disagreements).toEqual([]);
    expect(uploadRouteFor('GET', `/movements/${id}/files`)).toBeUndefined();
  });
});
