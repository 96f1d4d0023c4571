// The application's Prisma client, sharing one pg pool with the session store.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { serializeClientQueries } from './serialClientQueries.ts';

export type Db = PrismaClient;
export type { Prisma } from '../generated/prisma/client.ts';

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens a pool and a Prisma client on it. A connection attempt gives up after connectTimeoutMs, so that while the
 * database is down or restarting a page answers 503 at once instead of hanging; the pool opens new connections by
 * itself once the server is back (embedded and restarted, or a DATABASE_URL server).
 */
export function connectDatabase(url: string, opts: { max?: number; connectTimeoutMs?: number } = {}): Database {
  // Idle connections are kept for 5 minutes (pg's default closes them after 10 s): a page whose queries run in
  // parallel would otherwise open several connections at once after a quiet moment, and on a loaded machine opening
  // them can outlast the short connect timeout and answer 503 although the database is up (npm run bench saw it).
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 300_000,
    keepAlive: true,
  });
  pool.on('error', (err) => console.error('PostgreSQL pool error:', err.message));
  // A transaction's one connection gets Prisma's parallel relation loads one at a time (serialClientQueries.ts).
  pool.on('connect', serializeClientQueries);
  // A burst of commands on one lock (20 numbers taken at once) queues for the pool's connections: Prisma's default 2 s
  // to start a transaction failed them under load. The pool's own connection timeout still answers an outage fast.
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
