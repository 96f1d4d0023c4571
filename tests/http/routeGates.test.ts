// Every route × every role: each route declares a gate, and each role gets exactly what its permissions allow.
import express from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { permissionsOf, type Role } from '../../src/domain/permissions.ts';
import { publicGate, requirePermission } from '../../src/http/gates.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { listRoutes, type RouteInfo } from '../support/routes.ts';
import { routePermissions, type ExpectedGate } from '../support/routePermissions.ts';
import { translator } from '../../src/i18n/index.ts';

const vi = translator('vi');

/** The gate a route declares, in the reviewed table's terms. */
const declared = (route: RouteInfo): ExpectedGate | 'none' =>
  !route.gate ? 'none' : route.gate.kind === 'permission' ? route.gate.permission : route.gate.kind;
const key = (route: RouteInfo) => `${route.method} ${route.path}`;

/** Each route whose declared gate is not the reviewed one, or that the table lacks (with the line to add). */
function gateProblems(routes: RouteInfo[]): string[] {
  return routes.flatMap((route) => {
    const expected = routePermissions[key(route)];
    if (expected === undefined)
      return [
        `${key(route)} is not in tests/support/routePermissions.ts: add the line '${key(route)}': '${declared(route)}', after checking that this is the right gate`,
      ];
    return expected === declared(route) ? [] : [`${key(route)} declares '${declared(route)}', the reviewed table says '${expected}'`];
  });
}

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');

describe('route gates', () => {
  it('finds routes without a declared gate (the check itself works)', () => {
    const app = express();
    const router = express.Router();
    router.get('/gated', publicGate, (_req, res) => res.end());
    router.get('/ungated', (_req, res) => res.end());
    app.use(router);
    const missing = listRoutes(app)
      .filter((r) => !r.gate)
      .map((r) => r.path);
    expect(missing).toEqual(['/ungated']);
  });

  it('every route of the app declares a gate', () => {
    const routes = listRoutes(buildTestApp(db.current).app);
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !r.gate).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('every route declares exactly the gate of the reviewed table (tests/support/routePermissions.ts)', () => {
    const routes = listRoutes(buildTestApp(db.current).app);
    const registered = new Set(routes.map(key));
    const stale = Object.keys(routePermissions)
      .filter((entry) => !registered.has(entry))
      .map((entry) => `${entry} is in tests/support/routePermissions.ts but no such route is registered: remove or rename it`);
    expect([...gateProblems(routes), ...stale]).toEqual([]);
  });

  it('a wrong permission and a route missing from the table are both caught (the check itself works)', () => {
    const app = express();
    const router = express.Router();
    router.get('/plans', requirePermission('plan:edit'), (_req, res) => res.end());
    router.get('/brand-new', requirePermission('plan:view'), (_req, res) => res.end());
    app.use(router);
    expect(gateProblems(listRoutes(app))).toEqual([
      "GET /plans declares 'plan:edit', the reviewed table says 'plan:view'",
      "GET /brand-new is not in tests/support/routePermissions.ts: add the line 'GET /brand-new': 'plan:view', after checking that this is the right gate",
    ]);
  });
});

type Who = Role | 'anonymous';
const people: Who[] = ['anonymous', 'staff', 'group_leader', 'council_member', 'initiative_council', 'secretary', 'vice_chair', 'chair', 'admin'];

describe('every route × every role', () => {
  const agents = new Map<Who, { agent: TestAgent; roles: Role[]; username: string }>();
  let app: express.Express;

  beforeAll(async () => {
    const prisma = db.current.prisma;
    const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
    app = buildTestApp(db.current, clock).app;
    for (const who of people) {
      if (who === 'anonymous') {
        agents.set(who, { agent: agentFor(app), roles: [], username: '' });
        continue;
      }
      const council = ['chair', 'vice_chair', 'secretary', 'council_member', 'initiative_council'].includes(who);
      const user =
        who === 'admin'
          ? await buildUser(prisma, school.id, { isAdmin: true })
          : (await buildPerson(prisma, school.id, { role: council ? (who as never) : undefined, schoolYearId: yearOf(2026).id, leads: who === 'group_leader' }))
              .user;
      const roles: Role[] = who === 'admin' ? ['admin'] : who === 'staff' ? ['staff'] : ['staff', who];
      agents.set(who, { agent: agentFor(app), roles, username: user.username });
    }
  });

  it('allows exactly what the role map grants', async () => {
    const routes = listRoutes(app).filter((r) => !(r.method === 'POST' && r.path === '/logout'));
    const failures: string[] = [];
    for (const who of people) {
      const entry = agents.get(who)!;
      if (who !== 'anonymous') expect((await loginAs(entry.agent, entry.username, TEST_PASSWORD)).status).toBe(302);
      const token = csrfFrom((await entry.agent.get(who === 'anonymous' ? '/login' : '/account/password')).text);
      const granted = permissionsOf(entry.roles);
      for (const route of routes) {
        const path = route.path.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':startYear', '2026').replace(':token', 'khong-hop-le');
        const res =
          route.method === 'GET'
            ? await entry.agent.get(path).set('Accept', 'text/html')
            : await entry.agent.post(path).type('form').set('Accept', 'text/html').send({ _csrf: token });
        // What each role may do comes from the reviewed table, not from the gate the code declares.
        const required = routePermissions[key(route)] ?? 'public';
        const gate = route.gate ?? { kind: 'public' };
        let expected: 'allowed' | 'login' | 'forbidden';
        if (required === 'public') expected = 'allowed';
        else if (who === 'anonymous') expected = 'login';
        else if (required === 'signed-in') expected = 'allowed';
        else expected = granted.has(required) ? 'allowed' : 'forbidden';
        // The gate's own refusal carries its reason (or the generic message); a record-level policy (403 with its own reason) means
        // the gate let the request through.
        const refusal = vi((gate.kind === 'permission' && gate.reason) || 'error.forbidden.body');
        const gateRefused = res.status === 403 && res.text.includes(refusal);
        const got = gateRefused
          ? 'forbidden'
          : (res.status === 302 && String(res.headers.location).startsWith('/login?next')) || res.status === 401
            ? 'login'
            : 'allowed';
        if (got !== expected && !(expected === 'allowed' && route.path === '/login'))
          failures.push(`${who} ${route.method} ${route.path}: expected ${expected}, got ${res.status}`);
        if (res.status >= 500) failures.push(`${who} ${route.method} ${route.path}: server error ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000); // every route × every role: about 1,500 requests, which grows with the routes
});
