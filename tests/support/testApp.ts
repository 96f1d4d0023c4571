// The app under test, with a settable clock, and a helper to sign in through the real login form.
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.ts';
import { parseEnv } from '../../src/config/env.ts';
import type { TestDatabase } from './testDatabase.ts';

export const TEST_SESSION_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestClock {
  now: Date;
  set(iso: string): void;
  advance(ms: number): void;
}

/** A clock tests can move. */
export function testClock(iso = '2026-11-26T03:00:00Z'): TestClock {
  const clock = {
    now: new Date(iso),
    set(v: string) {
      clock.now = new Date(v);
    },
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  return clock;
}

/** Builds the app on a test database; logs go to the returned array. */
export function buildTestApp(db: TestDatabase, clock = testClock(), envOverrides: Record<string, string> = {}) {
  const logs: string[] = [];
  const env = parseEnv({ NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'silent', ...envOverrides });
  const app = createApp({ env, prisma: db.prisma, pool: db.pool, sessionSecret: TEST_SESSION_SECRET, clock: () => clock.now, log: (l) => logs.push(l) });
  return { app, clock, logs, env };
}

/** The CSRF token embedded in a page's forms. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('No CSRF token on the page');
  return match[1];
}

/** Signs an agent in through GET+POST /login; returns the login response. */
export async function loginAs(agent: TestAgent, username: string, password = 'thidua2024') {
  const page = await agent.get('/login');
  const token = csrfFrom(page.text);
  return agent.post('/login').type('form').send({ username, password, _csrf: token });
}

/** A new cookie-keeping agent for the app. */
export function agentFor(app: Parameters<typeof request.agent>[0]): TestAgent {
  return request.agent(app);
}
