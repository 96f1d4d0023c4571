// The export queue (pg-boss, ADR 014): a requested export is sent as a job after commit and run by a worker, which
// writes progress and stores the files; two app instances working the same queue run each export once; stopping
// the worker leaves no timer or connection behind; a row left queued without a job is sent again at start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierJobs, startDossierWorker, type DossierWorker } from '../../src/jobs/dossierWorker.ts';
import { buildDossierSchool } from '../support/dossierSchool.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const now = new Date('2026-11-26T03:00:00Z');
let school: Awaited<ReturnType<typeof buildDossierSchool>>;
const workers: DossierWorker[] = [];

const start = async () => {
  const w = await startDossierWorker({ url: db.current.url, prisma: db.current.prisma, clock: () => now, log: () => undefined, pollingIntervalSeconds: 0.5 });
  workers.push(w);
  return w;
};

/** Waits until every export of the school is done or failed (the workers run them in the background). */
async function settled(ids: string[]) {
  for (;;) {
    const rows = await db.current.prisma.dossierExport.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
    if (rows.every((r) => r.status === 'done' || r.status === 'failed')) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'TCPWrap').length;

beforeAll(async () => {
  school = await buildDossierSchool(db.current.prisma);
});

afterAll(async () => {
  for (const w of workers) await w.stop(1000);
});

describe('dossier export queue', () => {
  it('runs an export sent by the page (the app pool sender) to done, with files and progress 100', async () => {
    const before = timers();
    const worker = await start();
    const id = await school.exportOnce(now, dossierJobs(db.current.pool));
    const [row] = await settled([id]);
    expect(row!.status).toBe('done');
    const full = await db.current.prisma.dossierExport.findUniqueOrThrow({ where: { id } });
    expect(full.progressPct).toBe(100);
    expect(full.pdf?.length).toBeGreaterThan(1000);
    expect(Buffer.from(full.pdf!.slice(0, 5)).toString()).toBe('%PDF-');
    await worker.stop(1000);
    workers.pop();
    // Clean stop: pg-boss's polling and maintenance timers and its pool are gone.
    await new Promise((r) => setImmediate(r));
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('with two app instances on one database, each export runs exactly once', async () => {
    const [a, b] = [await start(), await start()];
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await school.exportOnce(now, i % 2 ? a : b));
    const rows = await settled(ids);
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'done', 'done']);
    // One job per export, none failed; a job delivered twice would be refused by runDossierExport's conditional claim.
    const jobs = await db.current.pool.query<{ id: string; n: string }>(
      `SELECT data->>'exportId' AS id, count(*) AS n FROM pgboss.job WHERE name = 'dossier-export' AND state <> 'failed' AND data->>'exportId' = ANY($1) GROUP BY 1`,
      [ids],
    );
    expect(jobs.rows.map((r) => Number(r.n))).toEqual([1, 1, 1, 1]);
  });

  it('sends again at start an export left queued without a job (the process stopped between commit and send)', async () => {
    for (const w of workers.splice(0)) await w.stop(1000);
    const id = await school.exportOnce(now); // no sender: committed, never sent
    await start();
    const [row] = await settled([id]);
    expect(row!.status).toBe('done');
  });
});
