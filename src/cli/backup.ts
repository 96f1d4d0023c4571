// npm run backup [-- --out <file>]: a consistent, timestamped backup of the database (files included) into
// BACKUP_DIR (default DATA_DIR/backups). Works whether or not the app is running.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.ts';
import { runCli } from './runCli.ts';
import { backupFileName } from '../db/backup/backupFormat.ts';
import { writeBackup } from '../db/backup/writeBackup.ts';
import { openDatabase } from '../db/openDatabase.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const env = loadEnv();
  const db = await openDatabase(env);
  try {
    const now = new Date();
    const file = path.resolve(values.out ?? path.join(env.BACKUP_DIR, backupFileName(now)));
    const result = await writeBackup(db.migrationUrl, file, now);
    console.log(`Backup written: ${result.file}`);
    console.log(
      `${Object.keys(result.tables).length} tables, ${result.rows} rows, ${result.bytes} bytes, ${result.ms} ms; manifest in ${result.file}.manifest.json`,
    );
    return 0;
  } finally {
    await db.release();
  }
}

runCli(main);
