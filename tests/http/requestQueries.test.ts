// What every signed-in request costs before its own work (issue 16): one statement reading the session together with
// its account's school year, council roles, groups led, unread count and the school's data version.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';
import { sqlCounter } from '../support/sqlCounter.ts';
import { agentFor, buildTestApp, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const sql = sqlCounter();
let schoolId: string;

beforeAll(async () => {
  const { school } = await buildSchool(db.current.prisma, { years: [2025, 2026] });
  schoolId = school.id;
});
afterEach(() => sql.stop());

describe('the fixed cost of a signed-in request', () => {
  it('is one statement (session with its account) for a page that does no work of its own', async () => {
    const { app } = buildTestApp(db.current, undefined, { PAGE_CACHE_MB: '0' }); // statements of a rendered page, not of a cached one
    const { user, staff } = await buildPerson(db.current.prisma, schoolId);
    for (let i = 0; i < 3; i++) {
      await db.current.prisma.notification.create({ data: { schoolId, userId: user.id, kind: 'test', title: `Thông báo ${i}` } });
    }
    const { id: collectiveId } = await db.current.prisma.collective.create({
      data: { schoolId, name: 'Tổ khối 3', kind: 'grade_group', leaderStaffId: staff.id },
    });
    const agent = agentFor(app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    await agent.get('/'); // first view after sign-in may store the session once

    sql.start();
    const res = await agent.get('/trang-khong-co'); // a 404: the middleware runs, no route does
    sql.stop();
    expect(res.status).toBe(404);
    expect(res.text).toContain('aria-label'); // the header's unread badge rendered from the same statement
    expect(sql.statements, sql.statements.join('\n---\n')).toHaveLength(1);
    expect(sql.statements[0]).toContain('FROM "session" s');
    expect(collectiveId).toBeTruthy();
  });
});
