// Catches a query sent on a node-postgres client while that client is still running another one (pg queues it and
// warns "Calling client.query() when the client is already executing a query", once per process; pg 9 will refuse
// it). It happens when code runs queries in parallel (Promise.all) on one transaction client. The check is pg's
// own (client.js: a non-empty query queue outside pipeline mode), made on every call instead of on the first only.
import pg from 'pg';

type Query = (...args: unknown[]) => unknown;
interface ClientState {
  _queryQueue?: unknown[];
  pipeline?: boolean;
}

/** Records the stack of every overlapping query between start() and stop(). */
export function clientOverlap() {
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  const overlaps: string[] = [];
  return {
    overlaps,
    start() {
      overlaps.length = 0;
      proto.query = function (this: ClientState, ...args: unknown[]) {
        // pg renamed its internals: fail loudly rather than let this check pass for ever.
        if (!Array.isArray(this._queryQueue)) throw new Error('clientOverlap: pg.Client has no _queryQueue; update the check');
        if (this._queryQueue.length > 0 && !this.pipeline) overlaps.push(new Error('overlapping query').stack ?? '');
        return original.apply(this, args);
      };
    },
    stop() {
      proto.query = original;
    },
  };
}
