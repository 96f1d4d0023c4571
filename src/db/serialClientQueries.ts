// One query at a time on a pooled connection. Prisma's query interpreter loads a query's sibling relations at once
// (its "join" node: a findMany with several `include`s); on the pool they spread over connections, but a transaction
// holds one, and node-postgres queues a query sent to a client still running another: it warns ("Calling
// client.query() when the client is already executing a query", once per process: the DeprecationWarning a fresh
// `npm start` printed while seeding the demo) and pg 9 will refuse it. The application cannot avoid it short of never
// including two relations inside a transaction. Upstream: prisma/orm#29407, fix proposed in prisma/orm#29979 (the
// same serialization inside @prisma/adapter-pg); once a release has it, this module can go.
import type pg from 'pg';

type Query = (...args: unknown[]) => unknown;
const SERIAL = Symbol('serialClientQueries');

/**
 * Makes `client` run its promise-style queries one after another, in call order; a failed query does not hold up the
 * next. Callback and submittable (cursor, stream) calls are left to pg: pool.query uses a callback on a client nobody
 * else holds. The prototype's query is looked up at each call, so tools that wrap it (test spies) still see every query.
 */
export function serializeClientQueries(client: pg.PoolClient): void {
  const marked = client as pg.PoolClient & { [SERIAL]?: true };
  if (marked[SERIAL]) return;
  marked[SERIAL] = true;
  const run: Query = (...args) => (Object.getPrototypeOf(client) as { query: Query }).query.apply(client, args);
  let tail: Promise<unknown> = Promise.resolve();
  const serial: Query = (...args) => {
    const first = args[0] as { submit?: unknown } | null | undefined;
    if (typeof args.at(-1) === 'function' || typeof first?.submit === 'function') return run(...args);
    const result = tail.then(() => run(...args));
    tail = result.catch(() => undefined);
    return result;
  };
  (client as unknown as { query: Query }).query = serial;
}
