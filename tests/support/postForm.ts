// A urlencoded form POST as a browser sends it: the page holding the form is read first, for its CSRF token.
import type TestAgent from 'supertest/lib/agent.js';
import { csrfFrom } from './testApp.ts';

/** GETs `pagePath`, then POSTs `fields` to `action` with the CSRF token of that page. */
export async function postForm(agent: TestAgent, pagePath: string, action: string, fields: Record<string, string> = {}) {
  const page = await agent.get(pagePath);
  return agent
    .post(action)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), ...fields });
}
