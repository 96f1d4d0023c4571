// The hostile-input suite: every POST route of the app (listRoutes) with a valid baseline body taken from its form
// in the page, then every field replaced by each of the hostile values (≥ 60), and the query of every GET form.
// Expected: no response ≥ 500, no stack trace or server path in any body, no row changed by a refused submission.
// Per commit (npm test, under a minute on 2 cores) the chair's and the anonymous forms each get a rotating slice of
// the values (every value is used, spread over the forms), sent to every field of the form at once;
// `npm run test:nightly` (HOSTILE_TIER=full) crawls as five users and sends every value to every field alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { leaksInternals } from '../support/leaks.ts';
import { listRoutes } from '../support/routes.ts';
import { crawlForms, routeOf, type FoundForm } from '../support/hostile/forms.ts';
import { HOSTILE, HOSTILE_QUERY } from '../support/hostile/values.ts';
import { changedTables, rowSnapshotter } from '../support/hostile/snapshot.ts';
import { uploadCorpus } from '../support/hostile/uploads.ts';

const FULL = process.env.HOSTILE_TIER === 'full';
const LIMIT = Number(process.env.HOSTILE_LIMIT ?? Infinity); // debugging: only the first N forms
const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
/** Tables a refusal is meant to write: the login throttle counts failed logins. */
const REFUSAL_WRITES = new Set(['LoginThrottle']);
const USERS = FULL ? (['chutich', 'admin', 'thuky', 'giaovien', ''] as const) : (['chutich', ''] as const); // '' = anonymous
/** Values per form in the per-commit tier. */
const CI_SLICE = 6;
const START_PAGES = [
  '/',
  '/plans',
  '/movements',
  '/calendar',
  '/registrations',
  '/registrations/review',
  '/staff',
  '/collectives',
  '/council',
  '/admin/users',
  '/admin/school',
  '/rules',
  '/eligibility',
  '/register',
  '/notifications',
  '/history/import',
  '/account/password',
];

interface Target {
  route: string;
  form: FoundForm;
  agent: TestAgent;
  token: string;
}

let app: ReturnType<typeof buildTestApp>['app'];
const targets: Target[] = [];
const getForms: Array<{ form: FoundForm; agent: TestAgent }> = [];
const uncovered: string[] = [];
const stats = { requests: 0, forms: 0, fields: 0 };

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, clock.now);
  app = buildTestApp(db.current, clock, { NODE_ENV: 'development' }).app;
  const routes = listRoutes(app);
  const posts = routes.filter((r) => r.method === 'POST' && r.path !== '/logout');
  const protectedIds = new Set<string>();
  for (const username of USERS) {
    const agent = agentFor(app);
    if (username) {
      expect((await loginAs(agent, username)).status).toBe(302);
      protectedIds.add((await db.current.prisma.user.findFirstOrThrow({ where: { username } })).id);
    }
    const token = csrfFrom((await agent.get(username ? '/account/password' : '/login')).text);
    const { forms } = await crawlForms(agent, username ? START_PAGES : ['/login'], FULL ? 150 : 60);
    for (const form of forms) {
      if (form.method === 'GET') {
        if (form.fields.length && !getForms.some((g) => g.form.action.split('?')[0] === form.action.split('?')[0])) getForms.push({ form, agent });
        continue;
      }
      const route = routeOf(form.action, 'POST', posts);
      if (!route || route === '/logout' || form.multipart || targets.some((t) => t.route === route)) continue;
      if ([...protectedIds].some((id) => form.action.includes(id))) continue; // never disable our own agents
      targets.push({ route, form, agent, token });
    }
  }
  for (const r of posts) if (!targets.some((t) => t.route === r.path)) uncovered.push(r.path);
  if (process.env.HOSTILE_LIMIT) console.log(`crawl done: ${targets.length} forms`);
}, 300_000);

async function check(label: string, send: () => Promise<{ status: number; text: string }>, snapshot: () => Promise<string>, failures: string[]) {
  const before = await snapshot();
  const res = await send();
  stats.requests++;
  if (res.status >= 500) failures.push(`${label}: ${res.status}`);
  const leaks = leaksInternals(res.text ?? '');
  if (leaks.length) failures.push(`${label}: leaks ${leaks.join(', ')}`);
  if (res.status >= 400) {
    const changed = changedTables(before, await snapshot()).filter((t) => !REFUSAL_WRITES.has(t));
    if (changed.length) failures.push(`${label}: refused with ${res.status} but changed ${changed.join(', ')}`);
  }
}

describe('hostile input over every form', () => {
  it('finds a form with a valid baseline for the POST routes (multipart ones are in the upload corpus)', () => {
    const multipartOnly = ['/history/import', '/staff/import', '/movements/:id/files', '/registrations/:id/evidence'];
    const missing = uncovered.filter((p) => !multipartOnly.includes(p));
    // Routes whose form appears only in a state the crawl does not reach; they still get the fallback below. A ratchet:
    // the initiatives, meetings and nominations forms (added after this suite) have no crawled baseline yet (known gap).
    expect(missing.length, `no form found for: ${missing.join(', ')}`).toBeLessThanOrEqual(FULL ? 32 : 45);
    expect(targets.length).toBeGreaterThanOrEqual(FULL ? 20 : 8);
    expect(HOSTILE.length).toBeGreaterThanOrEqual(60);
  });

  it('answers every hostile value without a 5xx, a leak, or a row changed by a refusal', async () => {
    const snapshot = await rowSnapshotter(db.current.pool);
    const failures: string[] = [];
    for (const t of targets.slice(0, LIMIT)) {
      const t0 = Date.now();
      stats.forms++;
      const fields = [...new Set(t.form.fields.map(([k]) => k).filter((k) => k !== '_csrf'))];
      stats.fields += fields.length;
      const base = t.form.fields.map(([k, v]): [string, string] => [k, k === '_csrf' ? t.token : v]);
      if (!base.some(([k]) => k === '_csrf')) base.push(['_csrf', t.token]);
      const post = (body: string) => t.agent.post(t.form.action).set('Accept', 'text/html').type('form').send(body);
      const values = FULL ? HOSTILE : HOSTILE.filter((_, i) => (i + stats.forms * CI_SLICE) % HOSTILE.length < CI_SLICE);
      for (const h of values) {
        if (FULL || fields.length <= 1) {
          for (const f of fields.length ? fields : ['x']) await check(`${t.route} ${f} ← ${h.name}`, () => post(h.body(f, base)), snapshot, failures);
        } else {
          // Every field at once: apply the value field by field to the same body.
          let pairs = base;
          for (const f of fields) pairs = [...new URLSearchParams(h.body(f, pairs)).entries()];
          const body =
            h.name.includes('key') || h.name.includes('bracket') || h.name.includes('proto') ? h.body(fields[0]!, base) : new URLSearchParams(pairs).toString();
          await check(`${t.route} * ← ${h.name}`, () => post(body), snapshot, failures);
        }
      }
      if (process.env.HOSTILE_LIMIT) console.log(`${t.route}: ${Date.now() - t0} ms`);
    }
    // POST routes without a form in the demo data: the address with a real-looking id and only a CSRF token.
    const chairTarget = targets.find((t) => t.form.page !== '/login')!;
    for (const path of uncovered.slice(0, LIMIT)) {
      const url = path.replace(/:[A-Za-z]+/g, (p) => (p === ':startYear' ? '2026' : p === ':year' ? '2026-2027' : '00000000-0000-4000-8000-000000000000'));
      for (const h of FULL ? HOSTILE : HOSTILE.slice(0, 2))
        await check(
          `${path} (fallback) ← ${h.name}`,
          () =>
            chairTarget.agent
              .post(url)
              .set('Accept', 'text/html')
              .type('form')
              .send(h.body('x', [['_csrf', chairTarget.token]])),
          snapshot,
          failures,
        );
    }
    console.log(
      `hostile input (${FULL ? 'full' : 'per commit'}): ${stats.requests} POST requests, ${stats.forms} forms, ${stats.fields} fields, ${FULL ? HOSTILE.length : CI_SLICE} values per form, ${uncovered.length} routes by fallback`,
    );
    expect(failures.slice(0, 40)).toEqual([]);
  }, 600_000);

  it('answers hostile query values on every GET form and list without a 5xx or a leak', async () => {
    const failures: string[] = [];
    const snapshot = async () => '{}';
    let n = 0;
    for (const { form, agent } of getForms) {
      const names = [...new Set(form.fields.map(([k]) => k))];
      for (const value of FULL ? HOSTILE_QUERY : HOSTILE_QUERY.filter((_, i) => i % 4 === 0)) {
        const q = new URLSearchParams(names.map((k): [string, string] => [k, value]));
        await check(
          `GET ${form.action} ← ${JSON.stringify(value).slice(0, 40)}`,
          () => agent.get(`${form.action.split('?')[0]}?${q.toString()}`).set('Accept', 'text/html'),
          snapshot,
          failures,
        );
        n++;
      }
      await check(
        `GET ${form.action} repeated keys`,
        () => agent.get(`${form.action.split('?')[0]}?${names.map((k) => `${k}=a&${k}=b&${k}[x]=1`).join('&')}`),
        snapshot,
        failures,
      );
    }
    console.log(`hostile query: ${n} GET requests over ${getForms.length} forms`);
    expect(failures.slice(0, 40)).toEqual([]);
  }, 300_000);

  it('refuses the upload corpus (malicious files, malformed multipart bodies) without a 5xx, a leak or a stray row', async () => {
    const snapshot = await rowSnapshotter(db.current.pool);
    const chair = targets.find((t) => t.form.page !== '/login')!;
    const movement = await db.current.prisma.movement.findFirstOrThrow();
    const routes = FULL ? [`/movements/${movement.id}/files`, '/history/import', '/staff/import'] : [`/movements/${movement.id}/files`];
    const failures: string[] = [];
    const corpus = uploadCorpus('file', 20 * 1024 * 1024);
    // A real PDF under a hostile but harmless name may be stored (under a cleaned name); everything else is refused.
    const mayBeStored =
      /wrong magic .png|traversal|absolute|reserved|300-character|RTL|NFD|htaccess|no extension|double extension|script name|control characters|EICAR|PDF\/HTML/;
    for (const route of routes) {
      for (const c of corpus) {
        const url = `${route}?_csrf=${encodeURIComponent(chair.token)}`;
        const send = async () => {
          const req = chair.agent.post(url).set('Accept', 'text/html');
          const res = c.file ? await req.attach('file', c.file.bytes, c.file.filename) : await req.set('Content-Type', c.raw!.contentType).send(c.raw!.body);
          if (res.status < 400 && !mayBeStored.test(c.name) && route.startsWith('/movements')) failures.push(`${route} ${c.name}: accepted (${res.status})`);
          return res;
        };
        await check(`${route} ← ${c.name}`, send, snapshot, failures);
      }
    }
    console.log(`upload corpus: ${corpus.length} files and bodies × ${routes.length} route(s)`);
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(failures.slice(0, 40)).toEqual([]);
  }, 300_000);
});
