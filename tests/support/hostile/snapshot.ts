// Row counts of every application table in one query: a refused submission must leave them all unchanged (every
// command also writes an audit row, so an update that changes no count still shows in AuditEvent).
import type pg from 'pg';

/** A function returning the row count of every table (sessions excluded: a page view may touch its own). */
export async function rowSnapshotter(pool: pg.Pool): Promise<() => Promise<string>> {
  const tables = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('session', '_prisma_migrations') ORDER BY table_name`,
  );
  const sql = `SELECT ${tables.rows.map((t) => `(SELECT count(*) FROM "${t.table_name}") AS "${t.table_name}"`).join(', ')}`;
  return async () => JSON.stringify((await pool.query(sql)).rows[0]);
}

/** The tables whose counts differ between two snapshots. */
export function changedTables(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, string>;
  const b = JSON.parse(after) as Record<string, string>;
  return Object.keys(b).filter((k) => a[k] !== b[k]);
}
