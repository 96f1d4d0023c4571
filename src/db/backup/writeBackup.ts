// npm run backup / the daily job: one consistent logical dump of the database, files included (they are rows).
// Every table is copied inside one REPEATABLE READ, READ ONLY transaction, so the dump is one snapshot even while
// the app keeps writing; each table's rows are counted and hashed into a manifest. Run as the owner.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { defaultPaths } from '../migrate/migrator.ts';
import { END_OF_DATA, ident, MAGIC, type BackupLine, type MigrationRecord, type TableCount } from './backupFormat.ts';

export interface BackupResult {
  file: string;
  bytes: number;
  rows: number;
  tables: Record<string, TableCount>;
  ms: number;
}

/** The migrations the database has applied, with the SQL that applied them (from the migrations folder). */
async function appliedMigrations(client: pg.Client, migrationsDir: string): Promise<MigrationRecord[]> {
  const applied = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return applied.rows.map((m) => {
    const file = path.join(migrationsDir, m.migration_name, 'migration.sql');
    if (!existsSync(file)) throw new Error(`The migration ${m.migration_name} applied to the database is not in ${migrationsDir}.`);
    return { name: m.migration_name, checksum: m.checksum, sql: readFileSync(file, 'utf8') };
  });
}

/** Writes a backup of the database at `ownerUrl` to `file` (and `file`.manifest.json); returns its figures. */
export async function writeBackup(ownerUrl: string, file: string, now: Date, migrationsDir = defaultPaths.migrationsDir): Promise<BackupResult> {
  const started = Date.now();
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`; // renamed only when complete: a crash never leaves a file that looks whole
  const out = new PassThrough();
  const written = pipeline(out, createGzip({ level: 6 }), createWriteStream(partial, { mode: 0o600 }));
  const write = async (chunk: string | Buffer) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const line = (value: BackupLine) => write(`${JSON.stringify(value)}\n`);

  const client = new pg.Client({ connectionString: ownerUrl });
  // A server that goes away between two queries (the app stopping its embedded database mid-backup) makes the client
  // emit 'error'; without a listener that would crash the process. The pending query rejects and the backup fails.
  client.on('error', () => undefined);
  await client.connect();
  const tables: Record<string, TableCount> = {};
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const server = (await client.query<{ v: string }>('SHOW server_version')).rows[0]!.v;
    await write(`${MAGIC}\n`);
    await line({ type: 'header', createdAt: now.toISOString(), server, migrations: await appliedMigrations(client, migrationsDir) });
    const names = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    for (const { name } of names.rows) {
      const cols = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [name],
      );
      const columns = cols.rows.map((c) => c.column_name);
      await line({ type: 'table', name, columns });
      const hash = createHash('sha256');
      let count = 0;
      const stream = client.query(copyTo(`COPY public.${ident(name)} (${columns.map(ident).join(', ')}) TO STDOUT`));
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        for (const byte of chunk) if (byte === 0x0a) count++;
        await write(chunk);
      }
      await write(`${END_OF_DATA}\n`);
      tables[name] = { rows: count, sha256: hash.digest('hex') };
      rows += count;
      await line({ type: 'tableEnd', name, ...tables[name] });
    }
    const seqs = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
    );
    await line({ type: 'sequences', values: seqs.rows.filter((s) => s.value !== null).map((s) => ({ name: s.name, value: s.value! })) });
    await line({ type: 'manifest', tables, rows });
    await client.query('COMMIT');
  } catch (error) {
    out.destroy();
    await written.catch(() => undefined);
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
  out.end();
  await written;
  renameSync(partial, file);
  const bytes = statSync(file).size;
  const fileSha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  writeFileSync(
    `${file}.manifest.json`,
    `${JSON.stringify({ createdAt: now.toISOString(), file: path.basename(file), bytes, sha256: fileSha256, rows, tables }, null, 2)}\n`,
    {
      mode: 0o600,
    },
  );
  return { file, bytes, rows, tables, ms: Date.now() - started };
}
