// Bulk writing for the benchmark's data: PostgreSQL COPY … FROM STDIN in text format (pg-copy-streams), one statement
// per table, batch of schools and set of columns. Rows are plain objects keyed by column; a column a row leaves out
// takes the table's default (rows are grouped by the columns they give, one COPY per group). The database still checks every FK, CHECK, exclusion constraint and trigger on each row.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Value = string | number | boolean | bigint | Date | null | undefined | object;

/** One value in COPY's text format: \N for null, escaped backslash, tab, newline and carriage return. */
export function copyText(v: Value): string {
  if (v === null || v === undefined) return '\\N';
  let s: string;
  if (v instanceof Date) s = v.toISOString();
  else if (typeof v === 'boolean') s = v ? 't' : 'f';
  else if (typeof v === 'object') s = v instanceof Uint8Array ? `\\x${Buffer.from(v).toString('hex')}` : JSON.stringify(v);
  else s = String(v);
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes `rows` into `table`, one COPY statement per set of columns given; returns the number of rows. */
export async function copyRows(client: pg.PoolClient | pg.Client, table: string, rows: ReadonlyArray<Record<string, Value>>): Promise<number> {
  const groups = new Map<string, Array<Record<string, Value>>>();
  for (const r of rows) {
    const key = Object.keys(r)
      .filter((k) => r[k] !== undefined)
      .join('\t');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
  }
  for (const [key, group] of groups) await copyGroup(client, table, key.split('\t'), group);
  return rows.length;
}

async function copyGroup(client: pg.PoolClient | pg.Client, table: string, columns: string[], rows: ReadonlyArray<Record<string, Value>>): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM STDIN`));
  // Lines are produced lazily in chunks of ~64 kB, so a table of 100,000 rows is never one giant string.
  function* lines(): Generator<string> {
    let buf = '';
    for (const r of rows) {
      buf += `${columns.map((c) => copyText(r[c])).join('\t')}\n`;
      if (buf.length > 65_536) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  await pipeline(Readable.from(lines()), stream);
}
