// Database roles (issue 10, defect 12): the app connects as a role that owns nothing and has only the DML it needs,
// so it can neither switch triggers off nor erase or rewrite the audit log; migrations run as the owner.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantAppAccess, isPrivileged, roleOf } from '../../src/db/databaseRoles.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();
let app: pg.Client;

beforeAll(async () => {
  app = new pg.Client({ connectionString: db.current.url });
  await app.connect();
});
afterAll(async () => app?.end());

describe('as the app role', () => {
  it('is not a superuser and owns nothing', async () => {
    expect(roleOf(db.current.url)).toBe('thidua_app');
    expect(await isPrivileged(db.current.url)).toBe(false);
    expect(await isPrivileged(db.current.ownerUrl)).toBe(true);
  });

  it('cannot switch triggers off, erase, rewrite or empty the audit log, nor change the schema', async () => {
    await app.query(`INSERT INTO "AuditEvent"(action, subject) VALUES ('test.evidence', 'x')`);
    await expect(app.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`UPDATE "AuditEvent" SET action = 'changed'`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`DROP TABLE "AuditEvent"`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`CREATE TABLE "Sneaky" (id int)`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
    const kept = await app.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'test.evidence'`);
    expect(kept.rows[0]).toEqual({ n: 1 });
  });

  it('runs the app normally: signing in and a command that writes its audit row', async () => {
    const prisma = db.current.prisma;
    const { school } = await buildSchool(prisma, { years: [2025, 2026] });
    const { user } = await buildPerson(prisma, school.id, { isAdmin: true });
    const agent = agentFor(buildTestApp(db.current, testClock('2026-11-26T03:00:00Z')).app);
    const login = await loginAs(agent, user.username, TEST_PASSWORD);
    expect(login.status).toBe(302);
    const page = await agent.get('/account/password');
    const changed = await agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), current: TEST_PASSWORD, next: 'mat-khau-moi-dai-hon-12', confirm: 'mat-khau-moi-dai-hon-12' });
    expect(changed.status).toBe(302);
    expect(await prisma.auditEvent.count({ where: { actorId: user.id } })).toBeGreaterThan(0);
  });

  it('the grants are idempotent and follow new tables (run after every migration)', async () => {
    const owner = new pg.Client({ connectionString: db.current.ownerUrl });
    await owner.connect();
    try {
      await owner.query('CREATE TABLE "ProbeAfterMigration" (id int PRIMARY KEY)');
    } finally {
      await owner.end();
    }
    await grantAppAccess(db.current.ownerUrl, 'thidua_app');
    await grantAppAccess(db.current.ownerUrl, 'thidua_app');
    await app.query('INSERT INTO "ProbeAfterMigration" VALUES (1)');
    await expect(app.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/permission denied/);
  });
});
