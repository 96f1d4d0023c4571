// npm run restore -- <file>: loads a backup into an EMPTY database, all or nothing. In one transaction, as the
// owner: the schema is rebuilt by the migrations the backup records (their SQL travels in the file, so a newer
// app can restore an older backup and then migrate it as usual), foreign keys are set aside and user triggers
// disabled while the rows are copied in (as pg_dump does), then restored and validated; every table's row count
// and SHA-256 must match the manifest before anything is committed.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { END_OF_DATA, ident, MAGIC, PRISMA_MIGRATIONS_DDL, type BackupLine, type TableCount } from './backupFormat.ts';

export class RestoreError extends Error {}

export interface RestoreResult {
  rows: number;
  tables: Record<string, TableCount>;
  migrations: number;
  ms: number;
}

async function assertEmpty(client: pg.Client): Promise<void> {
  const found = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
  if (found.rows[0]!.n > 0) throw new RestoreError('The target database is not empty: restore only into a new, empty database (README, "Backups").');
}

/** Restores `file` into the empty database at `ownerUrl`; returns what was loaded. Throws RestoreError on a bad file. */
export async function restoreBackup(ownerUrl: string, file: string): Promise<RestoreResult> {
  const started = Date.now();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const r = await lines.next();
    if (r.done) throw new RestoreError('The backup file ends early: it is incomplete.');
    return r.value;
  };
  const json = async (): Promise<BackupLine> => {
    const text = await next();
    try {
      return JSON.parse(text) as BackupLine;
    } catch {
      throw new RestoreError('The backup file is damaged (a section header is unreadable).');
    }
  };

  if ((await next()) !== MAGIC) throw new RestoreError('This is not a Thi đua backup file.');
  const header = await json();
  if (header.type !== 'header') throw new RestoreError('The backup file has no header.');

  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await assertEmpty(client);
    await client.query('BEGIN');
    for (const m of header.migrations) await client.query(m.sql);
    await client.query(PRISMA_MIGRATIONS_DDL);
    // Foreign keys cannot be switched off without a superuser: set them aside and add them back (validated) after.
    const fks = await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${ident(fk.name)}`);
    const loaded: Record<string, TableCount> = {};
    let rows = 0;
    for (;;) {
      const section = await json();
      if (section.type === 'manifest') {
        for (const [name, expected] of Object.entries(section.tables)) {
          const got = loaded[name];
          if (!got || got.rows !== expected.rows || got.sha256 !== expected.sha256)
            throw new RestoreError(`The table ${name} does not match the backup's manifest.`);
        }
        if (section.rows !== rows) throw new RestoreError("The row count does not match the backup's manifest.");
        break;
      }
      if (section.type === 'sequences') {
        for (const s of section.values) await client.query('SELECT setval($1::regclass, $2::bigint)', [`public.${ident(s.name)}`, s.value]);
        continue;
      }
      if (section.type !== 'table') throw new RestoreError('The backup file is damaged (unexpected section).');
      const table = `public.${ident(section.name)}`;
      await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      const hash = createHash('sha256');
      let count = 0;
      const copy = client.query(copyFrom(`COPY ${table} (${section.columns.map(ident).join(', ')}) FROM STDIN`));
      const finished = new Promise<void>((resolve, reject) => copy.on('finish', resolve).on('error', reject));
      for (let row = await next(); row !== END_OF_DATA; row = await next()) {
        const bytes = Buffer.from(`${row}\n`, 'utf8');
        hash.update(bytes);
        count++;
        if (!copy.write(bytes)) await once(copy, 'drain');
      }
      copy.end();
      await finished;
      await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      const end = await json();
      const sha256 = hash.digest('hex');
      if (end.type !== 'tableEnd' || end.name !== section.name || end.rows !== count || end.sha256 !== sha256) {
        throw new RestoreError(`The rows of ${section.name} are damaged in the backup file.`);
      }
      loaded[section.name] = { rows: count, sha256 };
      rows += count;
    }
    for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${ident(fk.name)} ${fk.def}`);
    await client.query('COMMIT');
    return { rows, tables: loaded, migrations: header.migrations.length, ms: Date.now() - started };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
