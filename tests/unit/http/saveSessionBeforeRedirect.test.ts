// A redirect must not leave before the session it changed is stored: the browser follows a 302 at once, and the
// next page would read the old session (a flash message lost). The store here takes 300 ms to write.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import session from 'express-session';
import { afterAll, describe, expect, it } from 'vitest';
import { saveSessionBeforeRedirect } from '../../../src/http/saveSessionBeforeRedirect.ts';

class SlowStore extends session.MemoryStore {
  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    setTimeout(() => super.set(sid, data, callback), 300);
  }
}

function appWith(store: SlowStore, guard: boolean) {
  const app = express();
  app.use(session({ secret: 'test', store, resave: false, saveUninitialized: false }));
  if (guard) app.use(saveSessionBeforeRedirect);
  app.post('/go', (req, res) => {
    (req.session as unknown as { note: string }).note = 'saved';
    res.redirect('/next');
  });
  return app;
}

/** Posts, and at the moment the response headers arrive reads what the store holds. */
async function storedWhenHeadersArrive(guard: boolean): Promise<string[]> {
  const store = new SlowStore();
  const server = appWith(store, guard).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/go' }, (res) => {
      expect(res.statusCode).toBe(302);
      store.all((err, all) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        resolve(Object.values(all ?? {}).map((s) => (s as unknown as { note?: string }).note ?? ''));
        res.resume();
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const servers: http.Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

describe('saveSessionBeforeRedirect', () => {
  it('without it, express-session sends the redirect before the session is stored (the race it closes)', async () => {
    expect(await storedWhenHeadersArrive(false)).toEqual([]);
  });

  it('with it, the session is stored before the redirect leaves', async () => {
    expect(await storedWhenHeadersArrive(true)).toEqual(['saved']);
  });
});
