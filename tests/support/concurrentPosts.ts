// Race helper: the same POST fired N times at once, as a double (or fifty-fold) click or several people at once.
import { expect } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import type { Response } from 'supertest';
import { csrfFrom } from './testApp.ts';

/** A signed-in agent and the CSRF token of its session (read from `page` when not given). */
export interface Poster {
  agent: TestAgent;
  csrf?: string;
  page?: string;
}

async function tokenOf(p: Poster): Promise<string> {
  if (p.csrf) return p.csrf;
  const page = await p.agent.get(p.page ?? '/');
  return csrfFrom(page.text);
}

/**
 * Fires `n` identical POSTs of `form` to `path` released together (one session and token for all, like a double
 * click, or spread over several sessions) and returns every response, in order; use `expectCleanRaceResponses`.
 */
export async function concurrentPosts(sessions: Poster | Poster[], path: string, form: Record<string, unknown>, n: number): Promise<Response[]> {
  const posters = Array.isArray(sessions) ? sessions : [sessions];
  const tokens = await Promise.all(posters.map(tokenOf));
  // Build every request first, then start them in the same tick: none can finish before the last one is sent.
  const requests = Array.from({ length: n }, (_, i) => {
    const k = i % posters.length;
    return posters[k]!.agent.post(path)
      .type('form')
      .redirects(0)
      .send({ ...form, _csrf: tokens[k] });
  });
  return Promise.all(requests.map((r) => r.then((res) => res)));
}

/** Every response of a race is a success, a redirect or a clean 409 page: never a 5xx, never a stack trace. */
export function expectCleanRaceResponses(responses: Response[], allowed: number[] = [409]): void {
  const statuses = responses.map((r) => r.status);
  expect(statuses.filter((s) => !(s < 400 || allowed.includes(s)))).toEqual([]);
  for (const r of responses) expect(r.text ?? '').not.toMatch(/\n\s+at .+\.(ts|js):\d+/);
}
