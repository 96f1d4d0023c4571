// Backups (issue 10, defect 14): `npm run backup` dumps a database with data (a stored file and audit rows
// included), `npm run restore` loads it into a fresh database, and the app serves the same records from it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/db/client.ts';
import { transferOwnership } from '../../src/db/databaseRoles.ts';
import { restoreBackup } from '../../src/db/backup/restoreBackup.ts';
import { runDailyBackup } from '../../src/jobs/dailyBackup.ts';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
import { dropDatabase, roleUrls, useTestDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildStaff, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();
const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'));
const clock = testClock('2026-11-26T03:00:00Z');
const FILE = Buffer.from('%PDF-1.4 hướng dẫn phong trào\n\\. a line that looks like the end of a table\n');
let username = '';
const fresh: string[] = [];
afterAll(async () => {
  for (const url of fresh) await dropDatabase(url);
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Row count of every table in the public schema. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = await query<{ t: string }>(url, `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const { t } of tables) counts[t] = (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${t}"`))[0]!.n;
  return counts;
}

/** A fresh, empty database owned by the owner role, as an administrator would create it; its URLs. */
async function emptyDatabase(): Promise<{ adminUrl: string; url: string; ownerUrl: string }> {
  const name = `thidua_restore_${process.pid}_${fresh.length}`;
  const adminUrl = new URL(db.current.adminUrl);
  adminUrl.pathname = '/postgres';
  await query(adminUrl.toString(), `CREATE DATABASE "${name}"`);
  adminUrl.pathname = `/${name}`;
  fresh.push(adminUrl.toString());
  await transferOwnership(adminUrl.toString(), 'thidua_owner');
  return { adminUrl: adminUrl.toString(), ...roleUrls(adminUrl.toString()) };
}

const cli = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });

/** The staff directory page as a signed-in administrator sees it, without per-session tokens. */
async function staffPage(target: TestDatabase): Promise<string> {
  const agent = agentFor(buildTestApp(target, clock).app);
  expect((await loginAs(agent, username, TEST_PASSWORD)).status).toBe(302);
  const page = await agent.get('/staff');
  expect(page.status).toBe(200);
  return page.text.replace(/(name="_csrf" value=|nonce=)"[^"]*"/g, '$1""');
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma, { years: [2025, 2026] });
  for (const fullName of ['Nguyễn Thị Ánh', 'Trần Văn Bình', 'Lê "Tab\tTên" \\ Cường']) await buildStaff(prisma, school.id, { fullName });
  const { user } = await buildPerson(prisma, school.id, { isAdmin: true });
  username = user.username;
  await prisma.storedFile.create({
    data: {
      schoolId: school.id,
      ownerType: 'Movement',
      ownerId: school.id,
      fileName: 'huong-dan.pdf',
      mimeType: 'application/pdf',
      size: FILE.length,
      sha256: createHash('sha256').update(FILE).digest('hex'),
      content: new Uint8Array(FILE),
    },
  });
  await prisma.auditEvent.create({
    data: { schoolId: school.id, actorId: user.id, action: 'test.before-backup', subject: 'School', after: { note: 'dòng\nhai' } },
  });
});

describe('npm run backup, then npm run restore into a fresh database', () => {
  it('restores the same rows (stored file and audit log included), and the app serves the same records', async () => {
    const file = path.join(dir, 'manual.backup.gz');
    const backup = cli('backup', ['--out', file], { DATABASE_URL: db.current.url, MIGRATION_DATABASE_URL: db.current.ownerUrl });
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    const manifest = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8')) as { sha256: string; rows: number; tables: Record<string, { rows: number }> };
    expect(manifest.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(manifest.tables.StoredFile!.rows).toBe(1);
    expect(manifest.tables.AuditEvent!.rows).toBeGreaterThan(0);

    const target = await emptyDatabase();
    const restore = cli('restore', [file], { DATABASE_URL: target.url, MIGRATION_DATABASE_URL: target.ownerUrl });
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/Restored \d+ rows/);

    expect(await rowCounts(target.ownerUrl)).toEqual(await rowCounts(db.current.ownerUrl));
    const [stored] = await query<{ content: Buffer }>(target.ownerUrl, `SELECT content FROM "StoredFile"`);
    expect(Buffer.compare(stored!.content, FILE)).toBe(0);
    const audit = `SELECT id::text, action, after::text, at FROM "AuditEvent" ORDER BY id`;
    expect(await query(target.ownerUrl, audit)).toEqual(await query(db.current.ownerUrl, audit));

    const restored = { ...connectDatabase(target.url, { max: 3 }), ...target };
    try {
      expect(await staffPage(restored)).toEqual(await staffPage(db.current));
      // The restored database keeps the audit log append-only for the app role.
      await expect(query(target.url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore into a database that is not empty, and refuses a damaged file, changing nothing', async () => {
    const file = path.join(dir, 'again.backup.gz');
    expect(cli('backup', ['--out', file], { DATABASE_URL: db.current.url, MIGRATION_DATABASE_URL: db.current.ownerUrl }).status).toBe(0);
    await expect(restoreBackup(db.current.ownerUrl, file)).rejects.toThrow(/not empty/);
    const target = await emptyDatabase();
    writeFileSync(path.join(dir, 'cut.backup.gz'), readFileSync(file).subarray(0, Math.floor(statSync(file).size / 2)));
    await expect(restoreBackup(target.ownerUrl, path.join(dir, 'cut.backup.gz'))).rejects.toThrow();
    expect(await query(target.ownerUrl, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
  });
});

describe('the daily backup job', () => {
  it('takes one backup per Vietnam day from the configured hour, and deletes those older than the retention', async () => {
    const daily = mkdtempSync(path.join(os.tmpdir(), 'thidua-daily-'));
    writeFileSync(path.join(daily, 'thidua-20261101-010000Z.backup.gz'), 'old');
    writeFileSync(path.join(daily, 'thidua-20261101-010000Z.backup.gz.manifest.json'), '{}');
    const config = { ownerUrl: db.current.ownerUrl, dir: daily, keepDays: 14, hour: 2 };
    expect((await runDailyBackup(config, new Date('2026-11-25T18:30:00Z'))).taken).toBeUndefined(); // 01:30 in Vietnam
    const first = await runDailyBackup(config, new Date('2026-11-25T19:30:00Z')); // 02:30 on 26/11 in Vietnam
    expect(first.taken?.file).toBe(path.join(daily, 'thidua-20261125-193000Z.backup.gz'));
    expect(first.pruned).toEqual(['thidua-20261101-010000Z.backup.gz']);
    expect((await runDailyBackup(config, new Date('2026-11-26T10:00:00Z'))).taken).toBeUndefined(); // same Vietnam day
    expect(readdirSync(daily).sort()).toEqual(['thidua-20261125-193000Z.backup.gz', 'thidua-20261125-193000Z.backup.gz.manifest.json']);
    expect(existsSync(path.join(daily, 'thidua-20261101-010000Z.backup.gz.manifest.json'))).toBe(false);
  });
});
