// The hostile-input suite: every POST route of the app (listRoutes) with a valid baseline body taken from its form
// in the page, then every field replaced by each of the hostile values (≥ 60), and the query of every GET form.
// Expected: no response ≥ 500, no stack trace or server path in any body, a Vietnamese message on every refusal page,
// no row changed by a refused submission. The school is built with factories (tests/support/hostile/hostileSchool.ts)
// and crawled as its chair, admin, secretary, teacher, initiative reviewer and anonymously; every POST route must
// have a crawled baseline form (a new route without one fails the build, and the message says how to add it).
// Per commit (npm test) every form gets the core values (overlong, NUL and control characters, RTL override,
// combining marks, out-of-range numbers, dates 0000/9999/31-02, arrays, prototype keys) plus a rotating slice of the
// rest, sent to every field at once; `npm run test:nightly` (HOSTILE_TIER=full) sends every value to every field.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { leaksInternals } from '../support/leaks.ts';
import { listRoutes } from '../support/routes.ts';
import { crawlForms, formsOf, routeOf, type FoundForm } from '../support/hostile/forms.ts';
import { buildHostileSchool } from '../support/hostile/hostileSchool.ts';
import { HOSTILE, HOSTILE_QUERY, valuesForCommit } from '../support/hostile/values.ts';
import { changedTables, rowSnapshotter } from '../support/hostile/snapshot.ts';
import { uploadCorpus } from '../support/hostile/uploads.ts';

const FULL = process.env.HOSTILE_TIER === 'full';
const LIMIT = Number(process.env.HOSTILE_LIMIT ?? Infinity); // debugging: only the first N forms
/** Ceilings for hung runs: the full tier sends every value to every field (about 25 times the per-commit requests). */
const CEILING = { crawl: FULL ? 1_800_000 : 300_000, posts: FULL ? 5_400_000 : 600_000, rest: FULL ? 1_800_000 : 300_000 };
const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
/** Tables a refusal is meant to write: the login throttle counts failed logins. */
const REFUSAL_WRITES = new Set(['LoginThrottle']);
/** A Vietnamese sentence: letters only Vietnamese uses (a refusal page must say what went wrong in Vietnamese). */
/** The per-commit values of a form without fields (sent as an extra field "x"). */
const BUTTON_VALUES = ['100 kB one line', 'bracket array', '__proto__ key'];
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

interface Target {
  route: string;
  form: FoundForm;
  agent: TestAgent;
  token: string;
}

let app: ReturnType<typeof buildTestApp>['app'];
let movementId = '';
const targets: Target[] = [];
const getForms: Array<{ form: FoundForm; agent: TestAgent }> = [];
const uncovered: string[] = [];
const stats = { requests: 0, forms: 0, fields: 0, crawlMs: 0, postMs: 0 };

beforeAll(async () => {
  const t0 = Date.now();
  app = buildTestApp(db.current, clock, { NODE_ENV: 'development' }).app;
  const school = await buildHostileSchool(db.current.prisma, app);
  movementId = school.movementId;
  const posts = listRoutes(app).filter((r) => r.method === 'POST' && r.path !== '/logout');
  for (const crawler of school.crawlers) {
    const agent = crawler.person?.agent ?? agentFor(app);
    const token = csrfFrom((await agent.get(crawler.person ? '/account/password' : '/login')).text);
    // Per commit, the people other than the chair visit their own pages and little more (their forms are few).
    const { forms } = await crawlForms(agent, crawler.startPages, FULL ? 200 : crawler.label === 'chair' ? 120 : crawler.startPages.length + 8);
    for (const p of crawler.postedPages ?? []) {
      const page = await agent
        .post(p.path)
        .type('form')
        .send({ ...p.body, _csrf: token });
      forms.push(...formsOf(page.text, p.path));
    }
    for (const form of forms) {
      if (form.method === 'GET') {
        if (form.fields.length && !getForms.some((g) => g.form.action.split('?')[0] === form.action.split('?')[0])) getForms.push({ form, agent });
        continue;
      }
      const route = routeOf(form.action, 'POST', posts);
      if (!route || route === '/logout' || targets.some((t) => t.route === route)) continue;
      if (school.protectedIds.some((id) => form.action.includes(id))) continue; // never disable our own agents
      targets.push({ route, form, agent, token });
    }
  }
  for (const r of posts) if (!targets.some((t) => t.route === r.path) && !uncovered.includes(r.path)) uncovered.push(r.path);
  stats.crawlMs = Date.now() - t0;
  if (process.env.HOSTILE_LIMIT) console.log(`crawl done: ${targets.length} forms; uncovered: ${uncovered.join(' ')}`);
}, CEILING.crawl);

/** The row counts after the last request of each snapshotter (the next request's "before"): one snapshot per request. */
const lastCounts = new WeakMap<() => Promise<string>, string>();

async function check(label: string, send: () => Promise<{ status: number; text: string; type?: string }>, snapshot: () => Promise<string>, failures: string[]) {
  const before = lastCounts.get(snapshot) ?? (await snapshot());
  const res = await send();
  const after = await snapshot();
  lastCounts.set(snapshot, after);
  stats.requests++;
  // The full tier runs for most of an hour: show progress and the first failures while it runs.
  if (FULL && stats.requests % 1000 === 0)
    console.log(`hostile input: ${stats.requests} requests, ${failures.length} failures so far ${failures.slice(0, 3).join(' | ')}`);
  if (res.status >= 500) failures.push(`${label}: ${res.status}`);
  const leaks = leaksInternals(res.text ?? '');
  if (leaks.length) failures.push(`${label}: leaks ${leaks.join(', ')}`);
  if (res.status >= 400) {
    if (res.type === 'text/html' && !VIETNAMESE.test(res.text ?? '')) failures.push(`${label}: refused with ${res.status} without a Vietnamese message`);
    const changed = changedTables(before, after).filter((t) => !REFUSAL_WRITES.has(t));
    if (changed.length) failures.push(`${label}: refused with ${res.status} but changed ${changed.join(', ')}`);
  }
}

describe('hostile input over every form', () => {
  it('finds a crawled baseline form for every POST route: a route without one fails the build', () => {
    expect(
      uncovered,
      `Every POST route needs a crawled baseline form in the hostile-input suite (issue 10). No form was found for: ${uncovered.join(', ')}. ` +
        'Make its form appear: in tests/support/hostile/hostileSchool.ts build the record in the state that shows the form, ' +
        'and add the page to the startPages of the person who sees it if no link leads there.',
    ).toEqual([]);
    expect(HOSTILE.length).toBeGreaterThanOrEqual(60);
  });

  it(
    'answers every hostile value without a 5xx, a leak, or a row changed by a refusal',
    async () => {
      const t0 = Date.now();
      const snapshot = await rowSnapshotter(db.current.pool);
      const failures: string[] = [];
      let perForm = 0;
      const slowest: Array<[string, number]> = [];
      for (const t of targets.slice(0, LIMIT)) {
        const started = Date.now();
        stats.forms++;
        const fields = [...new Set(t.form.fields.map(([k]) => k).filter((k) => k !== '_csrf'))];
        stats.fields += fields.length;
        const base = t.form.fields.map(([k, v]): [string, string] => [k, k === '_csrf' ? t.token : v]);
        if (!base.some(([k]) => k === '_csrf')) base.push(['_csrf', t.token]);
        // Multipart forms are sent urlencoded here (their fields, no file); the upload corpus below attacks the file.
        const post = (body: string) => t.agent.post(t.form.action).set('Accept', 'text/html').type('form').send(body);
        // A form with no field (a button: approve, confirm, issue) gets only an unexpected field per commit: overlong,
        // array and prototype keys; every other value would only repeat the same successful command.
        const values = FULL ? HOSTILE : fields.length ? valuesForCommit(stats.forms) : HOSTILE.filter((h) => BUTTON_VALUES.includes(h.name));
        if (fields.length) perForm = values.length;
        for (const h of values) {
          if (FULL || fields.length <= 1) {
            for (const f of fields.length ? fields : ['x']) await check(`${t.route} ${f} ← ${h.name}`, () => post(h.body(f, base)), snapshot, failures);
          } else {
            // Every field at once: apply the value field by field to the same body (arrays and repeated keys included);
            // the keys added once (__proto__, constructor) and bytes URLSearchParams would re-encode go on the first field.
            let pairs = base;
            // (Plain values replace the pair directly: encoding the whole body per field is quadratic, 136 s on a
            // 330-field form with the 100 kB value.)
            for (const f of fields) pairs = h.pairs ? h.pairs(f, pairs) : [...new URLSearchParams(h.body(f, pairs)).entries()];
            const once = /proto|constructor|percent|UTF-8/.test(h.name);
            const body = once ? h.body(fields[0]!, base) : new URLSearchParams(pairs).toString();
            await check(`${t.route} * ← ${h.name}`, () => post(body), snapshot, failures);
          }
        }
        slowest.push([t.route, Date.now() - started]);
      }
      stats.postMs = Date.now() - t0;
      console.log(
        `hostile input (${FULL ? 'full' : 'per commit'}): ${targets.length} POST routes with a crawled baseline, ${uncovered.length} without; ` +
          `${stats.requests} POST requests, ${stats.forms} forms, ${stats.fields} fields, ${perForm} values per form with fields; crawl ${stats.crawlMs} ms, posts ${stats.postMs} ms; ` +
          `slowest: ${slowest
            .sort((a, b) => b[1] - a[1])
            .slice(0, 6)
            .map(([r, ms]) => `${r} ${ms} ms`)
            .join(', ')}`,
      );
      expect(failures.slice(0, 40)).toEqual([]);
    },
    CEILING.posts,
  );

  it(
    'answers hostile query values on every GET form and list without a 5xx or a leak',
    async () => {
      const failures: string[] = [];
      const snapshot = () => Promise.resolve('{}');
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
    },
    CEILING.rest,
  );

  it(
    'refuses the upload corpus (malicious files, malformed multipart bodies) without a 5xx, a leak or a stray row',
    async () => {
      const snapshot = await rowSnapshotter(db.current.pool);
      const chair = targets.find((t) => t.form.page !== '/login')!;
      const routes = FULL ? [`/movements/${movementId}/files`, '/history/import', '/staff/import'] : [`/movements/${movementId}/files`];
      const failures: string[] = [];
      const corpus = uploadCorpus('file', 20 * 1024 * 1024);
      // A real PDF under a hostile but harmless name may be stored (under a cleaned name); everything else is refused.
      const mayBeStored =
        /wrong magic .png|traversal|absolute|reserved|300-character|RTL|NFD|htaccess|no extension|double extension|script name|control characters|EICAR|PDF\/HTML/;
      for (const route of routes) {
        for (const c of corpus) {
          const url = route; // the token in a header: raw bodies carry no _csrf field
          const send = async () => {
            const req = chair.agent.post(url).set('Accept', 'text/html').set('X-CSRF-Token', chair.token);
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
    },
    CEILING.rest,
  );
});
