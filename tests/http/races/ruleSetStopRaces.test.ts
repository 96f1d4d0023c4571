// Issue 11 §5: concurrent "ngừng áp dụng" posts on the same active authored rule set (a double click, or two
// administrators at once) stop it exactly once — one state change, one audit row — and the others get a clean 409
// (no longer active) or 422 (the day is now after its shortened end), never a 500.
import { beforeAll, describe, expect, it } from 'vitest';
import { concurrentPosts, expectCleanRaceResponses } from '../../support/concurrentPosts.ts';
import { buildAuthoredRuleSet } from '../../support/ruleSetFactories.ts';
import { buildTestApp, testClock } from '../../support/testApp.ts';
import { useTestDatabase } from '../../support/testDatabase.ts';
import { buildWorkflowSchool, signedInPerson } from '../../support/workflowFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let admins: Awaited<ReturnType<typeof signedInPerson>>[];
const prisma = () => db.current.prisma;
const stops = (subjectId: string) => prisma().auditEvent.count({ where: { action: 'rules.ruleSet.stop', subjectId } });

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  const app = buildTestApp(db.current, clock).app;
  admins = [await signedInPerson(app, prisma(), w.school.id, { isAdmin: true }), await signedInPerson(app, prisma(), w.school.id, { isAdmin: true })];
}, 120_000);

// Each case gets its own year so the active sets of the school never overlap (the database refuses that).
let year = 2040;
async function activeSet() {
  year += 1;
  return buildAuthoredRuleSet(prisma(), { schoolId: w.school.id, state: 'active', effectiveFrom: `${year}-01-01`, effectiveTo: `${year}-12-31` });
}
const posters = (id: string, both: boolean) => (both ? admins : admins.slice(0, 1)).map((a) => ({ agent: a.agent, page: `/rules/authored/${id}` }));

describe.each([2, 10])('%i concurrent "stop applying" posts', (n) => {
  it.each([
    ['one session', false],
    ['two administrators', true],
  ])('entirely (%s): deactivated once, one audit row, the others 409', async (_label, both) => {
    const set = await activeSet();
    const res = await concurrentPosts(
      posters(set.id, both),
      `/rules/authored/${set.id}/stop`,
      { mode: 'entirely', stopFrom: '', reason: 'Quyết định hủy bỏ' },
      n,
    );
    expectCleanRaceResponses(res);
    expect(res.filter((r) => r.status === 302)).toHaveLength(1);
    expect(res.filter((r) => r.status === 409)).toHaveLength(n - 1);
    expect(await prisma().authoredRuleSet.findUniqueOrThrow({ where: { id: set.id } })).toMatchObject({
      state: 'deactivated',
      stopReason: 'Quyết định hủy bỏ',
    });
    expect(await stops(set.id)).toBe(1);
  });

  it('from a day: the period shortened once, one audit row, the others refused beside the day (422)', async () => {
    const set = await activeSet();
    const res = await concurrentPosts(
      posters(set.id, true),
      `/rules/authored/${set.id}/stop`,
      { mode: 'from', stopFrom: `01/07/${year}`, reason: 'Quyết định thay thế' },
      n,
    );
    expectCleanRaceResponses(res, [409, 422]);
    expect(res.filter((r) => r.status === 302)).toHaveLength(1);
    for (const r of res.filter((x) => x.status !== 302)) expect(r.text).toContain('ngày ngừng áp dụng không được sau ngày đó');
    const row = await prisma().authoredRuleSet.findUniqueOrThrow({ where: { id: set.id } });
    expect(row.effectiveTo?.toISOString().slice(0, 10)).toBe(`${year}-06-30`);
    expect(await stops(set.id)).toBe(1);
  });
});
