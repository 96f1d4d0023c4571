// npm run restore -- <file>: loads a backup into the configured database, which must be empty (a new embedded
// DATA_DIR, or a new database on the server); then applies newer migrations and the app role's grants.
import { existsSync } from 'node:fs';
import { loadEnv } from '../config/env.ts';
import { runCli } from './runCli.ts';
import { restoreBackup } from '../db/backup/restoreBackup.ts';
import { grantAppAccess, roleOf } from '../db/databaseRoles.ts';
import { applyMigrations } from '../db/migrate/migrator.ts';
import { openDatabase } from '../db/openDatabase.ts';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    console.error('Usage: npm run restore -- <backup file>');
    return 2;
  }
  const env = loadEnv();
  const db = await openDatabase(env);
  try {
    const result = await restoreBackup(db.migrationUrl, file);
    const newer = await applyMigrations(db.migrationUrl); // a backup from an older version of the app
    if (roleOf(db.url) !== roleOf(db.migrationUrl)) await grantAppAccess(db.migrationUrl, roleOf(db.url));
    console.log(`Restored ${result.rows} rows in ${Object.keys(result.tables).length} tables (${result.migrations} migrations) in ${result.ms} ms.`);
    if (newer.length) console.log(`Then applied newer migrations: ${newer.join(', ')}`);
    return 0;
  } finally {
    await db.release();
  }
}

runCli(main);
