// Exploratory (review of the CSRF move): since multipart bodies are parsed before the CSRF check for every route,
// every POST form can be sent as multipart/form-data, whose parser (multer's append-field) turns "f[x]" into an
// object, "f[]" into an array and builds a null-prototype body. A route must answer such a body without a 5xx.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { listRoutes } from '../support/routes.ts';
import { crawlForms, routeOf, type FoundForm } from '../support/hostile/forms.ts';
import { buildHostileSchool } from '../support/hostile/hostileSchool.ts';

const db = useTestDatabase();
const targets: Array<{ route: string; form: FoundForm; agent: TestAgent; token: string }> = [];

beforeAll(async () => {
  const app = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'), { NODE_ENV: 'development' }).app;
  const school = await buildHostileSchool(db.current.prisma, app);
  const posts = listRoutes(app).filter((r) => r.method === 'POST' && r.path !== '/logout');
  for (const crawler of school.crawlers) {
    if (!crawler.person) continue;
    const agent = crawler.person.agent;
    const token = csrfFrom((await agent.get('/account/password')).text);
    const { forms } = await crawlForms(agent, crawler.startPages, crawler.label === 'chair' ? 120 : crawler.startPages.length + 8);
    for (const form of forms) {
      if (form.method === 'GET') continue;
      const route = routeOf(form.action, 'POST', posts);
      if (!route || targets.some((t) => t.route === route)) continue;
      if (school.protectedIds.some((id) => form.action.includes(id))) continue;
      targets.push({ route, form, agent, token });
    }
  }
}, 600_000);

describe('every POST form sent as multipart with nested and repeated field names', () => {
  it('never answers 5xx', async () => {
    const failures: string[] = [];
    for (const t of targets) {
      const fields = [...new Set(t.form.fields.map(([k]) => k).filter((k) => k !== '_csrf'))];
      const shapes: Array<[string, (f: string) => Array<[string, string]>]> = [
        ['object', (f) => [[`${f}[x]`, '1']]],
        [
          'array',
          (f) => [
            [`${f}[]`, 'a'],
            [`${f}[]`, 'b'],
          ],
        ],
        [
          'repeated',
          (f) => [
            [f, 'a'],
            [f, 'b'],
          ],
        ],
        ['nested', (f) => [[`${f}[a][b]`, '1']]],
      ];
      for (const [shape, make] of shapes) {
        let req = t.agent.post(t.form.action).set('Accept', 'text/html').field('_csrf', t.token);
        for (const [k, v] of t.form.fields) if (k !== '_csrf' && !fields.includes(k)) req = req.field(k, v);
        for (const f of fields.length ? fields : ['x']) for (const [k, v] of make(f)) req = req.field(k, v);
        const res = await req;
        if (res.status >= 500) failures.push(`${t.route} ${shape}: ${res.status}`);
      }
    }
    console.log(`multipart hostile: ${targets.length} forms`);
    expect(failures).toEqual([]);
  }, 900_000);
});
