// A fresh database per test file, cloned from the migrated template (fast, and files never share rows).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectDatabase, type Database } from '../../src/db/client.ts';
import { urlAs } from '../../src/db/databaseRoles.ts';

async function admin(url: string, sql: string): Promise<void> {
  const u = new URL(url);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a database from the template; returns its URL. */
export async function cloneTemplate(): Promise<string> {
  const templateUrl = inject('templateUrl');
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `thidua_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(templateUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const u = new URL(templateUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops a database made by cloneTemplate. */
export async function dropDatabase(url: string): Promise<void> {
  await admin(url, `DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
}

export interface TestDatabase extends Database {
  /** The app role's URL (DML only), which `prisma` and `pool` use, as the app does in production. */
  url: string;
  /** The owner's URL: migrations, backups, restores. */
  ownerUrl: string;
  /** The cluster superuser's URL (database creation and clean-up only). */
  adminUrl: string;
}

/** The URLs of a cloned database for the app role and the owner. */
export function roleUrls(adminUrl: string): { url: string; ownerUrl: string } {
  const roles = inject('roles');
  return { url: urlAs(adminUrl, roles.app, roles.appPassword), ownerUrl: urlAs(adminUrl, roles.owner, roles.ownerPassword) };
}

/** Registers beforeAll/afterAll hooks giving the file its own database; read `.current` inside tests. */
export function useTestDatabase(): { readonly current: TestDatabase } {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    const adminUrl = await cloneTemplate();
    const urls = roleUrls(adminUrl);
    db = { ...connectDatabase(urls.url, { max: 5 }), ...urls, adminUrl };
  });
  afterAll(async () => {
    if (!db) return;
    await db.close();
    await dropDatabase(db.adminUrl);
  });
  return {
    get current() {
      if (!db) throw new Error('The test database is available inside tests and hooks only.');
      return db;
    },
  };
}
