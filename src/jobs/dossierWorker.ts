// The dossier export worker: polls PostgreSQL for queued exports and runs them one at a time. Several app instances
// may poll the same database; runDossierExport's conditional claim lets exactly one of them run each export.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { runDossierExport } from '../features/dossiers/runDossierExport.ts';

export interface DossierWorker {
  stop(): void;
}

/** Polls every `intervalMs` for queued exports; errors are logged, never thrown. */
export function startDossierWorker(prisma: PrismaClient, clock: () => Date, log: (line: string) => void, intervalMs = 2000): DossierWorker {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      for (;;) {
        const next = await prisma.dossierExport.findFirst({ where: { status: 'queued' }, orderBy: { createdAt: 'asc' }, select: { id: true } });
        if (!next) break;
        await runDossierExport(prisma, next.id, clock);
      }
    } catch (error) {
      log(`Dossier export worker: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
