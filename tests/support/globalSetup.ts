// One PostgreSQL cluster per test run: the embedded one in a throw-away directory, or the server in
// TEST_DATABASE_URL/DATABASE_URL. A template database is migrated once; every test file clones it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type DatabaseHandle } from '../../src/db/embeddedPostgres.ts';
import { APP_ROLE, ensureRoles, grantAppAccess, OWNER_ROLE, transferOwnership, urlAs } from '../../src/db/databaseRoles.ts';
import { applyMigrations } from '../../src/db/migrate/migrator.ts';
import { installJobQueue } from '../../src/jobs/jobQueue.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl: string;
    /** The roles the app and migrations use, as in production (databaseRoles.ts). */
    roles: { owner: string; ownerPassword: string; app: string; appPassword: string };
  }
}

let handle: DatabaseHandle | undefined;
let tempDir: string | undefined;
let templateUrl: string | undefined;

async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function setup(project: TestProject): Promise<void> {
  const templateName = `thidua_template_${process.pid}`;
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) {
    const u = new URL(external);
    u.pathname = `/${templateName}`;
    templateUrl = u.toString();
    await adminQuery(external, `DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
    await adminQuery(external, `CREATE DATABASE "${templateName}"`);
  } else {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-test-pg-'));
    chmodSync(tempDir, 0o755); // PostgreSQL runs as the postgres OS user when we are root
    handle = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'postgres'), database: templateName });
    templateUrl = handle.url;
    // A throw-away cluster needs no crash safety: without fsync, the CREATE/DROP DATABASE every test file does
    // (a checkpoint each) takes ~0.25 s instead of ~2 s on these disks.
    for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) {
      await adminQuery(templateUrl, `ALTER SYSTEM SET ${setting} = off`); // not allowed inside a multi-statement query
    }
    await adminQuery(templateUrl, 'SELECT pg_reload_conf()');
  }
  // As in production: migrations run as the owner, and tests run the app as the app role (DML only).
  const roles = { owner: OWNER_ROLE, ownerPassword: 'test-owner-password', app: APP_ROLE, appPassword: 'test-app-password' };
  await ensureRoles(templateUrl, roles);
  await transferOwnership(templateUrl, roles.owner);
  const ownerUrl = urlAs(templateUrl, roles.owner, roles.ownerPassword);
  await applyMigrations(ownerUrl);
  await grantAppAccess(ownerUrl, roles.app);
  await installJobQueue(ownerUrl, roles.app); // pg-boss's schema, as `npm run db:migrate` installs it
  project.provide('templateUrl', templateUrl);
  project.provide('roles', roles);
}

export async function teardown(): Promise<void> {
  if (templateUrl && !handle) {
    const name = new URL(templateUrl).pathname.slice(1);
    await adminQuery(templateUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  }
  await handle?.release();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
