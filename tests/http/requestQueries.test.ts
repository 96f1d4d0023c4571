// What every signed-in request costs before its own work (issue 16): the session read (with the school's data version)
// and one statement for the account with its school year, council roles, groups led and unread count — two statements
// at most, and one when the account's context for that data version is in memory (ADR 022).
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
  it('is two statements (session, account) for a page that does no work of its own, the caches off', async () => {
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
    expect(sql.statements, sql.statements.join('\n---\n')).toHaveLength(2);
    expect(sql.statements[0]).toContain('FROM "session" s');
    expect(collectiveId).toBeTruthy();
  });

  it('is one statement when the account context of the same data version is in memory; a change reads it again', async () => {
    const { app } = buildTestApp(db.current); // caches on, as by default
    const { user } = await buildPerson(db.current.prisma, schoolId);
    const agent = agentFor(app);
    await loginAs(agent, user.username, TEST_PASSWORD);
    await agent.get('/trang-khong-co');
    sql.start();
    await agent.get('/trang-khong-co');
    sql.stop();
    expect(sql.statements, sql.statements.join('\n---\n')).toHaveLength(1);
    // A new notification (school data) changes the version: the account is read again, with its unread count.
    await db.current.prisma.notification.create({ data: { schoolId, userId: user.id, kind: 'test', title: 'Mới' } });
    sql.start();
    const res = await agent.get('/trang-khong-co');
    sql.stop();
    expect(sql.statements).toHaveLength(2);
    expect(res.text).toMatch(/aria-label="[^"]*1/);
  });
});
