// serializeClientQueries: a pooled client runs its promise-style queries one at a time, in call order; a failed query
// does not hold up the next; callback calls (pool.query's) pass straight through.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { serializeClientQueries } from '../../src/db/serialClientQueries.ts';

/** A stand-in for pg.Client whose queries take `ms` and record how many run at once. */
class FakeClient {
  running = 0;
  most = 0;
  done: string[] = [];
  query(text: string, cb?: (err: Error | null, res?: string) => void): Promise<string> | undefined {
    this.running += 1;
    this.most = Math.max(this.most, this.running);
    const settled = new Promise<string>((resolve, reject) =>
      setTimeout(() => {
        this.running -= 1;
        this.done.push(text);
        if (text === 'FAIL') reject(new Error('failed'));
        else resolve(text);
      }, 5),
    );
    if (!cb) return settled;
    settled.then(
      (r) => cb(null, r),
      (e: Error) => cb(e),
    );
    return undefined;
  }
}

/** A promise-style query (no callback). */
const ask = (client: FakeClient, text: string) => client.query(text) as Promise<string>;

const serialized = () => {
  const client = new FakeClient();
  serializeClientQueries(client as unknown as pg.PoolClient);
  return client;
};

describe('queries on one pooled client', () => {
  it('run one at a time, in the order they were asked, each with its own result', async () => {
    const client = serialized();
    const results = await Promise.all(['A', 'B', 'C', 'D'].map((q) => ask(client, q)));
    expect(results).toEqual(['A', 'B', 'C', 'D']);
    expect(client.done).toEqual(['A', 'B', 'C', 'D']);
    expect(client.most).toBe(1);
  });

  it('a failed query rejects for its caller only; the next still runs', async () => {
    const client = serialized();
    const [failed, next] = await Promise.allSettled([ask(client, 'FAIL'), ask(client, 'NEXT')]);
    expect(failed).toMatchObject({ status: 'rejected' });
    expect(next).toEqual({ status: 'fulfilled', value: 'NEXT' });
  });

  it('leaves callback calls to pg, and wraps a client once', async () => {
    const client = serialized();
    serializeClientQueries(client as unknown as pg.PoolClient);
    const viaCallback = await new Promise<string | undefined>((resolve) => {
      void client.query('CB', (_err, res) => resolve(res));
    });
    expect(viaCallback).toBe('CB');
    await Promise.all([ask(client, 'X'), ask(client, 'Y')]);
    expect(client.most).toBe(1);
  });
});
