// One export, run by the pg-boss worker (src/jobs/dossierWorker.ts): claims the queued row with a conditional UPDATE
// (a job delivered twice runs once), renders it with progress written to its row, and stores the files with status
// done in one statement. A failure is recorded on the
// row; a row left running by a process that died is failed by failStaleDossierExports and can be retried.
import { createHash } from 'node:crypto';
import { exportDossier } from '../../documents/dossiers/exportDossier.ts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { DossierJobs } from '../../jobs/dossierWorker.ts';
import { loadDossierInput } from './loadDossierInput.ts';

/** A running export whose heartbeat is older than this belongs to a process that died. */
export const STALE_EXPORT_MS = 2 * 60_000;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Hooks for tests: `afterPart` runs after each rendered part (the process-kill test slows the export with it). */
export interface ExportHooks {
  afterPart?: () => Promise<void>;
  /** The dossier's size bound (DOSSIER_MAX_MB); absent: the default. */
  maxBytes?: number;
}

/** Runs the export `id` if it is still queued; `clock` stamps heartbeats. Returns false when another worker had it. */
export async function runDossierExport(prisma: PrismaClient, id: string, clock: () => Date, hooks: ExportHooks = {}): Promise<boolean> {
  const claimed = await prisma.dossierExport.updateMany({ where: { id, status: 'queued' }, data: { status: 'running', heartbeatAt: clock(), progressPct: 0 } });
  if (claimed.count === 0) return false;
  const row = await prisma.dossierExport.findUniqueOrThrow({ where: { id }, include: { schoolYear: true } });
  try {
    const { input, ruleSet } = await loadDossierInput(prisma, {
      schoolId: row.schoolId,
      startYear: row.schoolYear.startYear,
      receiver: row.receiver,
      version: row.version,
      maxBytes: hooks.maxBytes,
    });
    let last = 0;
    const out = await exportDossier(input, ruleSet, {
      onProgress: async (done, total, label) => {
        await hooks.afterPart?.();
        const pct = Math.min(99, Math.floor((100 * done) / Math.max(total, 1)));
        if (pct === last && done !== 0) return;
        last = pct;
        await prisma.dossierExport.update({ where: { id }, data: { progressPct: pct, currentPart: label.slice(0, 200), heartbeatAt: clock() } });
      },
    });
    await prisma.dossierExport.update({
      where: { id },
      data: {
        status: 'done',
        progressPct: 100,
        currentPart: '',
        pdf: new Uint8Array(out.pdf),
        zip: new Uint8Array(out.zip),
        pdfSha256: sha(out.pdf),
        zipSha256: sha(out.zip),
        manifest: JSON.parse(JSON.stringify(out.manifest)) as Prisma.InputJsonObject,
        finishedAt: clock(),
      },
    });
  } catch (error) {
    await prisma.dossierExport.update({
      where: { id },
      data: { status: 'failed', error: error instanceof Error ? error.message.slice(0, 500) : 'error', finishedAt: clock() },
    });
  }
  return true;
}

/** Marks failed every running export whose heartbeat is stale (its process died); run at start-up. Returns how many. */
export async function failStaleDossierExports(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.dossierExport.updateMany({
    where: { status: 'running', OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: new Date(now.getTime() - STALE_EXPORT_MS) } }] },
    data: { status: 'failed', error: 'Tiến trình xuất hồ sơ bị dừng giữa chừng; hãy thử lại.', finishedAt: now },
  });
  return count;
}

/** Puts a failed export back in the queue (retry) and sends its job to `jobs`. */
export async function retryDossierExport(prisma: PrismaClient, schoolId: string, id: string, jobs?: DossierJobs): Promise<boolean> {
  const { count } = await prisma.dossierExport.updateMany({
    where: { id, schoolId, status: 'failed' },
    data: { status: 'queued', error: null, progressPct: 0, currentPart: '' },
  });
  if (count === 1) await jobs?.enqueue(id);
  return count === 1;
}
