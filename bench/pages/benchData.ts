// Realistic data for the page benchmark, written with PostgreSQL COPY (copyRows.ts) in batches of schools, each batch
// table by table in dependency order: per school 80 staff with accounts, 10 school years of records, awards,
// collective ratings, declared record coverage, recognised initiatives and this year's submissions, registrations,
// nominations, a held meeting with its roll and a closed ballot round, achievement reports, the dossiers sent upward
// and the audit trail. School scale: 1 school; city scale: 200 schools (16,000 staff, ~1.3 million rows). The same
// code writes both, so both have the same shape; the database checks every constraint and trigger as it loads.
import type pg from 'pg';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { dossierFiles } from './benchDossiers.ts';
import { mulberry32 } from './benchNames.ts';
import { emptyRows, writeBatch } from './benchRows.ts';
import { addSchool } from './benchSchool.ts';

export { countBenchRows } from './benchRows.ts';
export { STAFF_PER_SCHOOL } from './benchSchool.ts';

export const BENCH_PASSWORD = 'bench-mat-khau-2026';

/** The accounts the benchmark signs in with (school 0), by role. */
export const BENCH_LOGINS = { chair: 's0-0', secretary: 's0-2', leader: 's0-10', teacher: 's0-20', admin: 's0-admin' } as const;

/** Schools generated and written together: bounds the memory held by rows not yet written. */
const BATCH = 10;

/** Writes `schools` schools of data through `pool` (the owner's); returns the row counts by table. */
export async function generateBenchData(pool: pg.Pool, opts: { schools: number; years: number[] }): Promise<Record<string, number>> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const files = await dossierFiles();
  const counts: Record<string, number> = {};
  const now = new Date();
  let next = 0;
  // Two writers, each on its own connection taking the next batch: PostgreSQL checks and indexes one batch while the
  // other is generated and sent. Each school has its own seed, so the data do not depend on which writer took it.
  const writer = async () => {
    const client = await pool.connect();
    try {
      // A throw-away benchmark database: no flush to disk per commit. One transaction per batch of schools.
      await client.query('SET synchronous_commit = off');
      for (let first = next; first < opts.schools; first = next) {
        next += BATCH;
        const rows = emptyRows();
        for (let s = first; s < Math.min(first + BATCH, opts.schools); s++) addSchool(rows, s, opts.years, hash, mulberry32(16 + s), files);
        await client.query('BEGIN');
        await writeBatch(client, rows, counts, now);
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  };
  await Promise.all([writer(), writer()]);
  await pool.query('ANALYZE');
  return counts;
}
