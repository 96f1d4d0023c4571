// The school's data version (ADR 022): every table holding school data carries the deferred trigger that replaces the
// version at commit, once per transaction and school; a write in one school leaves the others' versions alone.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildSchool } from '../support/factories.ts';
import { modelFactories } from '../support/modelFactories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
/** Tables that hold no school's data, or hold it by another path than a "schoolId" column. */
const BY_OTHER_PATH = ['School', 'RegistrationAward'];
const NOT_SCHOOL_DATA = ['DataVersion', '_prisma_migrations', 'session', 'LoginThrottle'];

async function versionOf(schoolId: string): Promise<string | null> {
  const { rows } = await db.current.pool.query<{ v: string }>('SELECT version::text AS v FROM "DataVersion" WHERE "schoolId" = $1', [schoolId]);
  return rows[0]?.v ?? null;
}

describe('data version triggers', () => {
  it('every table with a "schoolId" column (and School, RegistrationAward) has the deferred data-version trigger', async () => {
    const { rows: tables } = await db.current.pool.query<{ name: string; school: boolean }>(`
      SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'schoolId' AND NOT a.attisdropped) AS school
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`);
    const { rows: triggers } = await db.current.pool.query<{ tbl: string; deferrable: boolean; deferred: boolean; fn: string }>(`
      SELECT c.relname AS tbl, t.tgdeferrable AS deferrable, t.tginitdeferred AS deferred, p.proname AS fn
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
       WHERE t.tgname = c.relname || '_data_version'`);
    const byTable = new Map(triggers.map((t) => [t.tbl, t]));
    const missing: string[] = [];
    for (const table of tables) {
      if (NOT_SCHOOL_DATA.includes(table.name)) continue;
      if (!table.school && !BY_OTHER_PATH.includes(table.name)) {
        missing.push(`${table.name}: no "schoolId" column — add it to BY_OTHER_PATH with a trigger function, or to NOT_SCHOOL_DATA`);
        continue;
      }
      const trigger = byTable.get(table.name);
      if (!trigger) missing.push(`${table.name}: no trigger — add SELECT track_data_table('${table.name}'); to its migration`);
      else if (!trigger.deferrable || !trigger.deferred) missing.push(`${table.name}: trigger not DEFERRABLE INITIALLY DEFERRED`);
    }
    expect(missing).toEqual([]);
    expect(triggers.length).toBeGreaterThan(50);
  });

  it('a row built by each model factory changes its school version and no other school', async () => {
    const prisma = db.current.prisma;
    const { school: other } = await buildSchool(prisma, { years: [2026] });
    const failures: string[] = [];
    for (const [model, build] of Object.entries(modelFactories)) {
      if (model === 'School' || model === 'DataVersion' || model === 'Session' || model === 'LoginThrottle') continue;
      const { school } = await buildSchool(prisma, { years: [2026] });
      const [mine, theirs] = [await versionOf(school.id), await versionOf(other.id)];
      await build(prisma, { schoolId: school.id });
      if ((await versionOf(school.id)) === mine) failures.push(`${model}: version unchanged`);
      if ((await versionOf(other.id)) !== theirs) failures.push(`${model}: another school's version changed`);
    }
    expect(failures).toEqual([]);
  });

  it('is written at commit, once per transaction and school; a rolled-back write changes nothing', async () => {
    const prisma = db.current.prisma;
    const { school } = await buildSchool(prisma, { years: [2026] });
    const before = await versionOf(school.id);
    expect(before).toMatch(/^[0-9a-f-]{36}$/);
    const client = new pg.Client({ connectionString: db.current.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`UPDATE "School" SET name = name || ' A' WHERE id = $1`, [school.id]);
      await client.query(`UPDATE "SchoolYear" SET "startYear" = "startYear" WHERE "schoolId" = $1`, [school.id]);
      // Not yet: the version row is untouched (and unlocked) until the transaction commits.
      expect(await versionOf(school.id)).toBe(before);
      const { rows: locks } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'DataVersion' AND l.pid = pg_backend_pid()`,
      );
      expect(locks[0]!.n).toBe(0);
      await client.query('ROLLBACK');
      expect(await versionOf(school.id)).toBe(before);

      await client.query('BEGIN');
      await client.query(`UPDATE "School" SET name = name || ' B' WHERE id = $1`, [school.id]);
      await client.query(`UPDATE "SchoolYear" SET "startYear" = "startYear" WHERE "schoolId" = $1`, [school.id]);
      await client.query('COMMIT');
      const after = await versionOf(school.id);
      expect(after).not.toBe(before);

      // Once per transaction and school: fire the pending events early, then write again — the second firing sees
      // the transaction-local flag and leaves the version as the first one set it.
      await client.query('BEGIN');
      await client.query(`UPDATE "School" SET name = name || ' C' WHERE id = $1`, [school.id]);
      await client.query('SET CONSTRAINTS ALL IMMEDIATE');
      const first = (await client.query<{ v: string }>('SELECT version::text AS v FROM "DataVersion" WHERE "schoolId" = $1', [school.id])).rows[0]!.v;
      expect(first).not.toBe(after);
      await client.query('SET CONSTRAINTS ALL DEFERRED');
      await client.query(`UPDATE "SchoolYear" SET "startYear" = "startYear" WHERE "schoolId" = $1`, [school.id]);
      await client.query('COMMIT');
      expect(await versionOf(school.id)).toBe(first);
    } finally {
      await client.end();
    }
  });
});
