// Migrations through Prisma's WASM schema engine, against the real test server.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, createMigration, defaultPaths, diffMigrationsToSchema, migrationStatus } from '../../src/db/migrate/migrator.ts';
import { cloneTemplate, dropDatabase } from '../support/testDatabase.ts';

const temps: string[] = [];
const databases: string[] = [];
afterAll(async () => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
  for (const url of databases) await dropDatabase(url);
});

describe('migrations', () => {
  it('produce exactly the Prisma schema (empty diff)', async () => {
    const url = await cloneTemplate();
    databases.push(url);
    expect(await diffMigrationsToSchema(url)).toBe('');
    const status = await migrationStatus(url);
    expect(status.history).toBeNull();
    expect(status.failedMigrationNames).toEqual([]);
  });

  it('db:new writes the migration for a schema change, and db:migrate applies it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-migrations-'));
    temps.push(dir);
    const paths = { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
    cpSync(defaultPaths.schemaPath, paths.schemaPath);
    cpSync(defaultPaths.migrationsDir, paths.migrationsDir, { recursive: true });
    await appendFile(paths.schemaPath, '\nmodel Probe {\n  id    Int    @id @default(autoincrement())\n  label String\n}\n');

    const url = await cloneTemplate(); // already has every committed migration applied
    databases.push(url);
    const file = await createMigration(url, 'add_probe', new Date('2030-01-02T03:04:05Z'), paths);
    expect(file).toBe(path.join(paths.migrationsDir, '20300102030405_add_probe', 'migration.sql'));
    const sql = readFileSync(file!, 'utf8');
    expect(sql).toContain('CREATE TABLE "Probe"');
    expect(sql).not.toContain('CREATE TABLE "Staff"'); // only the change, not the whole schema

    expect(await applyMigrations(url, paths)).toEqual(['20300102030405_add_probe']);
    expect(await applyMigrations(url, paths)).toEqual([]);
    expect(await diffMigrationsToSchema(url, paths)).toBe('');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const cols = await client.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'Probe' ORDER BY ordinal_position",
    );
    await client.end();
    expect(cols.rows.map((r) => r.column_name)).toEqual(['id', 'label']);
    expect(await createMigration(url, 'nothing', new Date(), paths)).toBeNull();
    expect(existsSync(path.join(paths.migrationsDir, 'migration_lock.toml'))).toBe(true);
  });

  it('keeps the audit log append-only for every database role', async () => {
    const url = await cloneTemplate();
    databases.push(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "AuditEvent"(action, subject) VALUES ('test', 'x')`);
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'changed'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
      expect((await client.query(`SELECT action FROM "AuditEvent"`)).rows).toEqual([{ action: 'test' }]);
    } finally {
      await client.end();
    }
  });
});
