// The driver-adapter factory the schema engine talks to. Three problems of @prisma/adapter-pg are worked around here,
// and only here (never in the application process): see ../../../docs/decisions/002-offline-migrations.md.
//  1. PostgreSQL's internal "char" type (OID 18) in catalogue queries: let it through as text at the pg level,
//     remember where it was, and report it to the engine as ColumnTypeEnum.Character.
//  2. executeScript() of PrismaPg splits scripts on every ";" (breaks functions and triggers): send them whole.
//  3. connectToShadowDb() of PrismaPg reuses the main database when given a connection string; we create a
//     uniquely named database ourselves and drop it after closing its pool.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';

const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** rows array produced by pg → indices of columns that were "char". */
const charColumns = new WeakMap<object, number[]>();

function rememberCharColumns(result: pg.QueryResult | pg.QueryResult[]): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    const indices: number[] = [];
    r.fields?.forEach((field, i) => {
      if (field.dataTypeID === PG_INTERNAL_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indices.push(i);
      }
    });
    if (indices.length > 0 && r.rows) charColumns.set(r.rows, indices);
  }
}

/** A pg Client whose results get the "char" treatment, for promise and callback calls alike. */
class CharAwareClient extends pg.Client {
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (err: Error | null, res: pg.QueryResult) => void;
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => {
        if (!err && res) rememberCharColumns(res);
        callback(err, res);
      };
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<unknown>).then === 'function') {
      return (out as Promise<pg.QueryResult>).then((res) => {
        rememberCharColumns(res);
        return res;
      }) as never;
    }
    return out as never;
  }
}

function fixColumnTypes(result: SqlResultSet): SqlResultSet {
  const indices = charColumns.get(result.rows);
  if (indices) for (const i of indices) result.columnTypes[i] = ColumnTypeEnum.Character;
  return result;
}

function wrapQueryRaw<T extends { queryRaw(q: SqlQuery): Promise<SqlResultSet> }>(target: T): T {
  const queryRaw = target.queryRaw.bind(target);
  target.queryRaw = async (q: SqlQuery) => fixColumnTypes(await queryRaw(q));
  return target;
}

function wrapAdapter(adapter: SqlDriverAdapter & { underlyingDriver(): pg.Pool }): SqlDriverAdapter {
  wrapQueryRaw(adapter);
  // adapter-pg splits scripts on every ";", which breaks PL/pgSQL bodies and comments. Send the script whole,
  // as the native engine does: PostgreSQL runs a multi-statement simple query in one implicit transaction.
  adapter.executeScript = async (script: string) => {
    await adapter.underlyingDriver().query(script);
  };
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args: Parameters<SqlDriverAdapter['startTransaction']>): Promise<Transaction> => wrapQueryRaw(await start(...args));
  return adapter;
}

function poolConfig(url: URL, database?: string): pg.PoolConfig {
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: database ?? decodeURIComponent(url.pathname.slice(1)),
    max: 4,
  };
}

/**
 * One short-lived connection to the main database for CREATE/DROP DATABASE, always closed, with an error listener:
 * a refused CREATE (no CREATEDB) must fail the command with its message, not leave an open client whose later
 * termination crashes the process as an unhandled 'error' event.
 */
async function withAdminClient(url: URL, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client(poolConfig(url));
  client.on('error', () => undefined); // the awaited query reports the failure
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Builds the factory for one database URL; `close()` ends every pool it opened. */
export function createMigrationAdapterFactory(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const pools: pg.Pool[] = [];
  const openPool = (database?: string) => {
    const pool = new pg.Pool({ ...poolConfig(url, database), Client: CharAwareClient });
    pools.push(pool);
    return pool;
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      return wrapAdapter(await new PrismaPg(openPool()).connect());
    },
    async connectToShadowDb() {
      const name = `prisma_shadow_${Date.now()}_${randomBytes(4).toString('hex')}`;
      await withAdminClient(url, (admin) => admin.query(`CREATE DATABASE "${name}"`));
      const pool = openPool(name);
      const adapter = wrapAdapter(await new PrismaPg(pool).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await pool.end().catch(() => undefined);
        pools.splice(pools.indexOf(pool), 1);
        await withAdminClient(url, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      };
      return adapter;
    },
  };
  return {
    factory,
    close: async () => {
      await Promise.all(pools.splice(0).map((p) => p.end().catch(() => undefined)));
    },
  };
}
