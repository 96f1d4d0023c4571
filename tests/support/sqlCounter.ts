// Counts the SQL statements this process sends through node-postgres (Prisma's adapter and the session store share
// its pool), so a test can assert how many statements a request costs.
import pg from 'pg';

type Query = (...args: unknown[]) => unknown;

/** Records statements between start() and stop(); each entry is the statement's text. */
export function sqlCounter() {
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  const statements: string[] = [];
  return {
    statements,
    start() {
      statements.length = 0;
      proto.query = function (this: unknown, ...args: unknown[]) {
        const first = args[0];
        const text = typeof first === 'string' ? first : (first as { text?: unknown } | undefined)?.text;
        statements.push(typeof text === 'string' ? text : '');
        return original.apply(this, args);
      };
    },
    stop() {
      proto.query = original;
    },
  };
}
