// The rule-set editor driven over HTTP as an administrator's browser would: a POST with the page's CSRF token, the
// title form as rendered (every field with its current value) with some fields changed, a copy of rule set 2, and a
// person's line of the year's eligibility CSV. Shared by tests/http/ruleAuthoring*.test.ts.
import { expect } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { csrfFrom } from './testApp.ts';

/** POSTs `form` to `url` with the CSRF token read from `page`. */
export async function postForm(agent: TestAgent, page: string, url: string, form: Record<string, string>) {
  const csrf = csrfFrom((await agent.get(page)).text);
  return agent
    .post(url)
    .type('form')
    .send({ _csrf: csrf, ...form });
}

/** The form's fields as the page renders them: inputs with their value, selects with their selected option. */
export function renderedForm(html: string): Record<string, string> {
  const form: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) form[m[1]!] = m[2]!.replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g))
    form[m[1]!] = /<option value="([^"]*)"\s+selected/.exec(m[2]!)?.[1] ?? '';
  return form;
}

/** The title form of set `id` as the editor renders it, with `changes` applied (the "add a row" form left out). */
export async function titleForm(agent: TestAgent, id: string, code: string, changes: Record<string, string>) {
  const form = renderedForm((await agent.get(`/rules/authored/${id}/titles/${code}`)).text);
  delete form.kind;
  delete form.parent;
  return { ...form, ...changes };
}

/** Submits title `code`'s form of set `id` with `changes`. */
export async function saveTitle(agent: TestAgent, id: string, code: string, changes: Record<string, string>) {
  const url = `/rules/authored/${id}/titles/${code}`;
  return postForm(agent, url, url, await titleForm(agent, id, code, changes));
}

/** Copies rule set 2 into a new candidate and returns its id. */
export async function copyRuleSet2(agent: TestAgent, name: string, effectiveFrom: string, effectiveTo = ''): Promise<string> {
  const res = await postForm(agent, '/rules/authored/new', '/rules/authored', { sourceId: 'luat2022-nd152-2025', name, effectiveFrom, effectiveTo });
  expect(res.status).toBe(302);
  return res.headers.location!.split('/').pop()!;
}

/** Activates set `id` with `reason`. */
export function activate(agent: TestAgent, id: string, reason: string) {
  return postForm(agent, `/rules/authored/${id}`, `/rules/authored/${id}/activate`, { reason });
}

/** The line of the year's eligibility CSV for staff `code` and title `shortName` ('' when absent). */
export async function csvLine(agent: TestAgent, year: number, code: string, shortName: string): Promise<string> {
  const lines = (await agent.get(`/eligibility/${year}/export.csv`)).text.split('\r\n');
  return lines.find((l) => l.startsWith(`${code},`) && l.includes(`,${shortName},`)) ?? '';
}
