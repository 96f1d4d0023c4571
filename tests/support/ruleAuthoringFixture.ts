// The shared set-up of tests/http/ruleAuthoring*.test.ts: a school whose teacher GV1 was rated HTXSNV every year
// (eligible for CSTĐCS under rule set 2, not under "all of"), its administrator and GV1 signed in; and the rule-set
// editor driven over HTTP as a browser would: a POST with the page's CSRF token, the title form as rendered (every
// field with its current value) with some fields changed, a copy of rule set 2, a person's line of the year's CSV, a
// row of the overview's diff.
import { expect } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { TEST_PASSWORD, buildSchool, buildStaff, buildUser } from './factories.ts';
import { postForm } from './postForm.ts';
import { agentFor, loginAs, type buildTestApp } from './testApp.ts';

/**
 * A school with `years`, GV1 "Đỗ Thị Hoa" rated HTXSNV with 12 months worked and no leave in each of them (no
 * initiative, no research, no earlier title), and two signed-in agents: an administrator and GV1's own account.
 */
export async function authoringSchool(prisma: PrismaClient, app: ReturnType<typeof buildTestApp>['app'], years: number[]) {
  const { school } = await buildSchool(prisma, { years });
  const staff = await buildStaff(prisma, school.id, { code: 'GV1', fullName: 'Đỗ Thị Hoa' });
  for (const startYear of years) {
    await prisma.staffYearRecord.create({ data: { schoolId: school.id, staffId: staff.id, startYear, rating: 'HTXSNV', monthsWorked: 12, leaveDays: 0 } });
  }
  const admin = agentFor(app);
  await loginAs(admin, (await buildUser(prisma, school.id, { isAdmin: true })).username, TEST_PASSWORD);
  const teacher = agentFor(app);
  await loginAs(teacher, (await buildUser(prisma, school.id, { staffId: staff.id })).username, TEST_PASSWORD);
  return { schoolId: school.id, admin, teacher };
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

/** The before and after cells (as text) of the overview's diff row for `item`. */
export function diffRow(html: string, item: string) {
  const m = new RegExp(`<br>${item}</th>\\s*<td>([\\s\\S]*?)</td>\\s*<td>([\\s\\S]*?)</td>`).exec(html);
  const text = (cell: string | undefined) =>
    (cell ?? '')
      .replace(/<\/div>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .trim();
  return m ? { before: text(m[1]), after: text(m[2]) } : null;
}

type StoredSet = { ruleSet: { parameters: Record<string, { value: unknown }>; titles: { code: string; criteria: unknown[] }[] } };

/** The rule set an authored set stores, and one title's criteria in it. */
export async function storedSet(prisma: PrismaClient, id: string) {
  return ((await prisma.authoredRuleSet.findUniqueOrThrow({ where: { id } })).definition as StoredSet).ruleSet;
}
export async function storedCriteria(prisma: PrismaClient, id: string, code: string): Promise<unknown[]> {
  return (await storedSet(prisma, id)).titles.find((t) => t.code === code)!.criteria;
}

/** A title's criteria as kinds only: groups as { kind: [members] }. */
export const criteriaShape = (list: unknown[]): unknown[] =>
  (list as { kind: string; of?: unknown[] }[]).map((c) => (c.of ? { [c.kind]: criteriaShape(c.of) } : c.kind));
