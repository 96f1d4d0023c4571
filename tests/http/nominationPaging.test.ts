// Issue 16 §3 (paging on every list): the year's nomination list shows 50 nominations a page, grouped by title in
// Vietnamese name order, each title's count of the whole year; a refused form re-renders the page of its nomination.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNomination } from '../support/ballotFactories.ts';
import { buildStaff } from '../support/factories.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';

const db = useTestDatabase();
let secretary: Awaited<ReturnType<typeof signedInPerson>>;
const made = new Map<string, string>(); // name → nomination id

const idsOn = (html: string) => [...html.matchAll(/<li id="n-([0-9a-f-]{36})"/g)].map((m) => m[1]!);

beforeAll(async () => {
  const prisma = db.current.prisma;
  const w = await buildWorkflowSchool(prisma);
  // 45 for LĐTT and 16 for CSTĐ cơ sở: 61 in all.
  for (let i = 0; i < 61; i++) {
    const fullName = `Trần Thị Đề Nghị ${String(i).padStart(2, '0')}`;
    const staff = await buildStaff(prisma, w.school.id, { fullName });
    const code = i < 45 ? 'LDTT' : 'CSTDCS';
    made.set(fullName, (await buildNomination(prisma, { schoolId: w.school.id, schoolYearId: w.year.id, staffId: staff.id, code })).id);
  }
  const app = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z')).app;
  secretary = await signedInPerson(app, prisma, w.school.id, { role: 'secretary', schoolYearId: w.year.id });
});

describe('the nomination list of 61 nominations', () => {
  it('shows 50 on the first page and 11 on the second, by title then name, each once, with whole-year counts', async () => {
    const first = await secretary.agent.get('/nominations');
    expect(first.status).toBe(200);
    expect(idsOn(first.text)).toHaveLength(50);
    expect(first.text).toContain('61 đề nghị trong năm học, 50 mỗi trang; đây là trang 1/2.');
    expect(first.text).toContain('href="?page=2"');
    expect(first.text.indexOf('Đề Nghị 00')).toBeLessThan(first.text.indexOf('Đề Nghị 44'));
    expect(first.text).not.toContain('Đề Nghị 50');
    const second = await secretary.agent.get('/nominations?page=2');
    expect(idsOn(second.text)).toHaveLength(11);
    expect(second.text).toContain('Đề Nghị 60');
    // The CSTĐ group spans both pages: its heading counts all 16 on each.
    expect(second.text).toMatch(/\(16\)<\/h2>/);
    expect(first.text).toMatch(/\(16\)<\/h2>/);
    expect(new Set([...idsOn(first.text), ...idsOn(second.text)])).toEqual(new Set(made.values()));
    // Past the last page: the last; a hostile page number: the first.
    expect(idsOn((await secretary.agent.get('/nominations?page=99')).text)).toEqual(idsOn(second.text));
    expect(idsOn((await secretary.agent.get('/nominations?page=-1%27')).text)).toEqual(idsOn(first.text));
  });

  it('a removal without a reason re-renders the page of that nomination (422, message beside the field)', async () => {
    const id = made.get('Trần Thị Đề Nghị 55')!;
    const page = await secretary.agent.get('/nominations?page=2');
    const res = await secretary.agent
      .post(`/nominations/${id}/remove`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), reason: '' });
    expect(res.status).toBe(422);
    expect(idsOn(res.text)).toEqual(idsOn(page.text));
    expect(res.text).toContain('field--error');
  });
});
