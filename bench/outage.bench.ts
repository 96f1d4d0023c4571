// Benchmark of a database outage (issue 10, defect 9; not a timed test): the embedded PostgreSQL is killed with
// SIGKILL while a signed-in user browses. Targets: the page answers the 503 maintenance page within 1 s of the kill
// (refused connections fail at once, not after the 5 s connect timeout), and the same session is served 200 again
// within 10 s (the supervisor restarts the server, the pool reconnects). tests/http/databaseOutage.test.ts proves the
// behaviour; this measures it. Run: node --import tsx bench/outage.bench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.ts';
import { parseEnv } from '../src/config/env.ts';
import { connectDatabase } from '../src/db/client.ts';
import { startEmbeddedPostgres } from '../src/db/embeddedPostgres.ts';
import { applyMigrations } from '../src/db/migrate/migrator.ts';
import { buildSchool, buildUser, TEST_PASSWORD } from '../tests/support/factories.ts';
import { agentFor, loginAs, TEST_SESSION_SECRET } from '../tests/support/testApp.ts';

const RUNS = 5;
const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-outage-bench-'));
const handle = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), database: 'outage', log: () => undefined });
const db = connectDatabase(handle.url, { connectTimeoutMs: 800 });
const runs: Array<{ downMs: number; upMs: number; status: number }> = [];
try {
  await applyMigrations(handle.url);
  const { school } = await buildSchool(db.prisma, { years: [2026] });
  const user = await buildUser(db.prisma, school.id, { isAdmin: true });
  const env = parseEnv({ NODE_ENV: 'development', DATABASE_URL: handle.url, LOG_LEVEL: 'silent' });
  const app = createApp({ env, prisma: db.prisma, pool: db.pool, sessionSecret: TEST_SESSION_SECRET, log: () => undefined });
  const agent = agentFor(app);
  if ((await loginAs(agent, user.username, TEST_PASSWORD)).status !== 302) throw new Error('sign-in failed');
  const page = () => agent.get('/').set('Accept', 'text/html');

  for (let i = 0; i < RUNS; i++) {
    if ((await page()).status !== 200) throw new Error('the page is not served before the kill');
    const pid = Number(readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const killedAt = performance.now();
    process.kill(pid, 'SIGKILL');
    // A backend the postmaster forked may still answer for a few milliseconds after the postmaster died (it notices
    // and exits): a signed-in page that needs one statement (the page cache's early hit) can be served 200 then. The
    // outage begins at the first answer that is not 200.
    let down = await page();
    while (down.status === 200 && performance.now() - killedAt < 5_000) down = await page();
    const downMs = performance.now() - killedAt;
    let status = down.status;
    // Poll every 100 ms until served again, up to 30 s (well past the 10 s target, so a miss is measured, not cut).
    while (status !== 200 && performance.now() - killedAt < 30_000) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await page()).status;
    }
    runs.push({ downMs, upMs: performance.now() - killedAt, status: down.status });
  }
} finally {
  await db.close().catch(() => undefined);
  await handle.release();
  rmSync(dir, { recursive: true, force: true });
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const down = sorted(runs.map((r) => r.downMs));
const up = sorted(runs.map((r) => r.upMs));
const fmt = (x: number | undefined) => `${Math.round(x ?? NaN)} ms`;
console.log(
  `database outage, ${RUNS} kills: first answer ${runs.map((r) => r.status).join('/')} after median ${fmt(down[RUNS >> 1])}, max ${fmt(down.at(-1))}`,
);
console.log(`served 200 again after the kill: median ${fmt(up[RUNS >> 1])}, max ${fmt(up.at(-1))}`);
console.log(`load average ${os.loadavg()[0]?.toFixed(1)}, ${os.cpus().length} cores, Node ${process.version}`);
if (runs.some((r) => r.status !== 503) || (down.at(-1) ?? Infinity) >= 1000 || (up.at(-1) ?? Infinity) >= 10_000) {
  console.error('Over target: every kill answered by the 503 page within 1 s, and 200 again within 10 s.');
  process.exitCode = 1;
}
