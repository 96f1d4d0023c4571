// Dossier exports as pg-boss jobs (ADR 014). pg-boss fetches with SELECT … FOR UPDATE SKIP LOCKED, so any number of
// app instances can work the same queue and each job goes to one of them; DossierExport stays the record the user
// sees (status, progress, part, files, version). The job only carries the export's id: runDossierExport's
// conditional claim (queued → running) also makes a job delivered twice harmless.
import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { failStaleDossierExports, runDossierExport, STALE_EXPORT_MS, type ExportHooks } from '../features/dossiers/runDossierExport.ts';
import { DOSSIER_EXPORT_QUEUE, QUEUE_SCHEMA } from './jobQueue.ts';

interface ExportJob {
  exportId: string;
}

/** Puts exports in the queue. */
export interface DossierJobs {
  enqueue(exportId: string): Promise<void>;
}

/** A sender over the app's pool: sending needs no started pg-boss instance (no timers, no extra connections). */
export function dossierJobs(pool: pg.Pool): DossierJobs {
  const sender = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) }, schema: QUEUE_SCHEMA });
  return {
    enqueue: async (exportId) => {
      await sender.send(DOSSIER_EXPORT_QUEUE, { exportId } satisfies ExportJob);
    },
  };
}

export interface DossierWorker {
  /** Sends a job and wakes this instance's worker at once (other instances see it at their next poll). */
  enqueue(exportId: string): Promise<void>;
  /** Stops fetching, waits for the running export (up to `timeoutMs`), closes the connections and timers. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface WorkerOptions {
  /** The app role's URL. */
  url: string;
  prisma: PrismaClient;
  clock: () => Date;
  log: (line: string) => void;
  pollingIntervalSeconds?: number;
  hooks?: ExportHooks;
  /** The dossier's size bound in bytes (DOSSIER_MAX_MB). */
  maxBytes?: number;
}

/** Starts pg-boss and works the dossier queue; exports left queued without a job (a crash between commit and send) are sent again. */
export async function startDossierWorker(o: WorkerOptions): Promise<DossierWorker> {
  const boss = new PgBoss({ connectionString: o.url, schema: QUEUE_SCHEMA, max: 3, migrate: false, schedule: false, supervise: true });
  boss.on('error', (error: Error) => o.log(`Dossier export queue: ${error.message}`));
  await boss.start();
  // Start-up: exports left running by a process that died (their heartbeat is stale) are failed, retryable.
  const stale = await failStaleDossierExports(o.prisma, o.clock());
  if (stale) o.log(`Marked ${stale} dossier export(s) left running by a stopped process as failed; they can be retried.`);
  const workerId = await boss.work<ExportJob>(DOSSIER_EXPORT_QUEUE, { pollingIntervalSeconds: o.pollingIntervalSeconds ?? 2, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await runDossierExport(o.prisma, job.data.exportId, o.clock, { ...o.hooks, maxBytes: o.maxBytes });
  });
  const enqueue = async (exportId: string) => {
    await boss.send(DOSSIER_EXPORT_QUEUE, { exportId } satisfies ExportJob);
    boss.notifyWorker(workerId);
  };
  // An export whose process died mid-run (another instance, or this one before a quick restart) stops sending
  // heartbeats: it is failed once they are stale, and can then be retried from the page.
  const sweep = setInterval(() => {
    failStaleDossierExports(o.prisma, o.clock()).then(
      (n) => n && o.log(`Marked ${n} dossier export(s) whose process stopped as failed; they can be retried.`),
      (error: Error) => o.log(`Dossier export queue: ${error.message}`),
    );
  }, STALE_EXPORT_MS / 2);
  sweep.unref();
  const queued = await o.prisma.dossierExport.findMany({ where: { status: 'queued' }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  for (const row of queued) await enqueue(row.id);
  return {
    enqueue,
    stop: (timeoutMs = 30_000) => {
      clearInterval(sweep);
      return boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}
