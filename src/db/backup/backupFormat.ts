// The backup file (docs/decisions/011-backups.md): gzip of UTF-8 lines.
//   THIDUA-BACKUP 1
//   {"type":"header", createdAt, server, migrations: [{name, checksum, sql}]}   the schema, as the migrations that made it
//   {"type":"table", name, columns}                                           then the table's rows in PostgreSQL's COPY
//   …rows in COPY text format (one line per row: tabs, \N, backslash escapes)…  text format, ended by a line "\."
//   \.
//   {"type":"tableEnd", name, rows, sha256}                                   sha256 of the rows' bytes
//   … every table of the public schema …
//   {"type":"sequences", values: [{name, value}]}
//   {"type":"manifest", tables: {name: {rows, sha256}}, rows}                 written last: a truncated file has none
// COPY's text format escapes newlines, carriage returns and backslashes, so a row is always one line and a line
// holding only "\." can only be the end of a table.

export const MAGIC = 'THIDUA-BACKUP 1';
export const END_OF_DATA = '\\.';

export interface MigrationRecord {
  name: string;
  checksum: string;
  sql: string;
}

export interface TableCount {
  rows: number;
  sha256: string;
}

export type BackupLine =
  | { type: 'header'; createdAt: string; server: string; migrations: MigrationRecord[] }
  | { type: 'table'; name: string; columns: string[] }
  | ({ type: 'tableEnd'; name: string } & TableCount)
  | { type: 'sequences'; values: Array<{ name: string; value: string }> }
  | { type: 'manifest'; tables: Record<string, TableCount>; rows: number };

/** The SQL Prisma uses for its migration history table (restored as data, created before it). */
export const PRISMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** A quoted SQL identifier. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The file name of a backup taken at `now`: thidua-YYYYMMDD-HHMMSSZ.backup.gz (UTC, sorts by time). */
export function backupFileName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.\d+Z$/, 'Z');
  return `thidua-${stamp}.backup.gz`;
}
