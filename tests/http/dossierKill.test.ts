// Killing the process mid-export (issue 14 acceptance): a child process works the queue, its export slowed part by
// part; SIGKILL while it renders leaves the export running with no file stored (the files and status done are
// written in one statement at the end); the next start marks it failed, and a retry then succeeds.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDossierExport, STALE_EXPORT_MS } from '../../src/features/dossiers/runDossierExport.ts';
import { dossierJobs, startDossierWorker, type DossierWorker } from '../../src/jobs/dossierWorker.ts';
import { buildDossierSchool } from '../support/dossierSchool.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const root = path.resolve(import.meta.dirname, '../..');
let worker: DossierWorker | undefined;

afterAll(async () => {
  await worker?.stop(1000);
});

const row = (id: string) => db.current.prisma.dossierExport.findUniqueOrThrow({ where: { id }, omit: { pdf: false, zip: false } });

async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('an export whose process is killed', () => {
  let id = '';
  let school: Awaited<ReturnType<typeof buildDossierSchool>>;

  beforeAll(async () => {
    school = await buildDossierSchool(db.current.prisma, 3);
  });

  it('leaves no file stored, is failed at the next start, and a retry succeeds', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/support/dossierWorkerChild.ts'), db.current.url, '400'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => child.stdout.on('data', (b: Buffer) => b.toString().includes('ready') && resolve()));
    id = await school.exportOnce(new Date(), dossierJobs(db.current.pool));
    // Mid-export: running, some progress written, not finished.
    await until(async () => {
      const r = await row(id);
      return r.status === 'running' && r.progressPct > 0 ? r : undefined;
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const killed = await row(id);
    expect(killed.status).toBe('running');
    expect(killed.progressPct).toBeLessThan(100);
    expect([killed.pdf, killed.zip, killed.pdfSha256, killed.manifest]).toEqual([null, null, null, null]);

    // Restart (its clock past the heartbeat's staleness): the export shows failed, with the reason.
    const later = new Date(Date.now() + STALE_EXPORT_MS + 1000);
    worker = await startDossierWorker({
      url: db.current.url,
      prisma: db.current.prisma,
      clock: () => later,
      log: () => undefined,
      pollingIntervalSeconds: 0.5,
    });
    const failed = await row(id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/dừng giữa chừng/);

    expect(await retryDossierExport(db.current.prisma, school.schoolId, id, worker)).toBe(true);
    const done = await until(async () => {
      const r = await row(id);
      return r.status === 'done' || r.status === 'failed' ? r : undefined;
    });
    expect(done.status).toBe('done');
    expect(Buffer.from(done.pdf!.slice(0, 5)).toString()).toBe('%PDF-');
    expect(done.manifest).not.toBeNull();
  });
});
