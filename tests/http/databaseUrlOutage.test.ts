// Issue 10 §9, the DATABASE_URL case: the app reaches a PostgreSQL server it did not start. The server goes away
// (every connection cut, new ones refused) and comes back at the same address: during the outage pages answer the
// Vietnamese 503 maintenance page, never a 500 or a stack, and afterwards the same session is served again without
// restarting the app. The server's address is a TCP relay in front of the test database, so "going away" and
// "coming back" happen exactly as the network shows them to the app.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.ts';
import { parseEnv } from '../../src/config/env.ts';
import { connectDatabase, type Database } from '../../src/db/client.ts';
import { buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { leaksInternals } from '../support/leaks.ts';
import { agentFor, loginAs, TEST_SESSION_SECRET } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const test = useTestDatabase();
let relay: ReturnType<typeof tcpRelay>;
let db: Database | undefined;
let agent: TestAgent;
const logs: string[] = [];

/** A relay from a local port to the database server that can go away (cutting every connection) and come back. */
function tcpRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    listen,
    get port() {
      return port;
    },
    /** The server goes away: no new connections, and every open one is cut. */
    async down() {
      await new Promise<void>((resolve) => {
        server?.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
  };
}

beforeAll(async () => {
  const real = new URL(test.current.url);
  relay = tcpRelay({ host: real.hostname, port: Number(real.port) });
  await relay.listen();
  const viaRelay = new URL(test.current.url);
  viaRelay.port = String(relay.port);
  db = connectDatabase(viaRelay.toString(), { connectTimeoutMs: 800 });
  const { school } = await buildSchool(test.current.prisma, { years: [2026] });
  const user = await buildUser(test.current.prisma, school.id, { isAdmin: true });
  const env = parseEnv({ NODE_ENV: 'development', DATABASE_URL: viaRelay.toString(), LOG_LEVEL: 'silent' });
  const app = createApp({ env, prisma: db.prisma, pool: db.pool, sessionSecret: TEST_SESSION_SECRET, log: (l) => logs.push(l) });
  agent = agentFor(app);
  expect((await loginAs(agent, user.username, TEST_PASSWORD)).status).toBe(302);
}, 120_000);

afterAll(async () => {
  await relay?.down();
  await db?.close().catch(() => undefined);
});

describe('the DATABASE_URL server goes away and comes back', () => {
  it('pages answer the Vietnamese 503 maintenance page during the outage and are served again without a restart', async () => {
    expect((await agent.get('/').set('Accept', 'text/html')).status).toBe(200);
    await relay.down();

    for (const page of ['/', '/notifications', '/account/password']) {
      const started = Date.now();
      const down = await agent.get(page).set('Accept', 'text/html');
      expect(down.status, page).toBe(503);
      expect(down.text).toContain('Hệ thống đang bảo trì');
      expect(leaksInternals(down.text)).toEqual([]);
      expect(Date.now() - started).toBeLessThan(5000);
    }
    const id = (await agent.get('/').set('Accept', 'text/html')).headers['x-request-id'] as string;
    expect(logs.some((l) => l.includes(`[${id}]`))).toBe(true);

    await relay.listen(); // the same address answers again
    const back = Date.now();
    let status = 0;
    while (Date.now() - back < 15_000) {
      status = (await agent.get('/').set('Accept', 'text/html')).status;
      if (status === 200) break;
      expect(status).toBe(503);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200); // the same session, the same app: nothing restarted
    console.log(`DATABASE_URL outage: whole again ${Date.now() - back} ms after the server came back`);
  }, 60_000);
});
