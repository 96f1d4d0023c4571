// A school year evaluated on a date no rule set covers (the history reaches back before 01/01/2024) answers with a
// message, never a 500 (issue 16: 2021-2022 and 2022-2023 failed).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let agent: ReturnType<typeof agentFor>;

beforeAll(async () => {
  const { school, yearOf } = await buildSchool(db.current.prisma, { years: [2021, 2026] });
  const { user } = await buildPerson(db.current.prisma, school.id, { role: 'secretary', schoolYearId: yearOf(2026).id });
  agent = agentFor(buildTestApp(db.current).app);
  await loginAs(agent, user.username, TEST_PASSWORD);
});

describe('eligibility of a year no rule set covers', () => {
  it('the page says no rule set is in force on the evaluation date (409), and so do the exports', async () => {
    const page = await agent.get('/eligibility/2021');
    expect(page.status).toBe(409);
    expect(page.text).toContain('Chưa có bộ quy tắc nào có hiệu lực vào ngày xét 31/05/2022');
    for (const path of ['/eligibility/2021/export.csv', '/eligibility/2021/export.xlsx']) {
      expect((await agent.get(path)).status).toBe(409);
    }
  });
});
