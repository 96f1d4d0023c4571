// The in-app scheduler: runs periodic jobs with the app's clock. Jobs are idempotent, so overlapping runs (a slow run,
// a restart, several app instances) cannot duplicate their effects.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { runReminders } from '../features/calendar/runReminders.ts';
import { runInitiativeReminders } from '../features/initiatives/runInitiativeReminders.ts';
import { runDailyBackup, type DailyBackupConfig } from './dailyBackup.ts';

export interface Scheduler {
  stop(): void;
}

/** Runs the reminder job (and the daily backup, when configured) now and then every intervalMs; errors are logged, never thrown. */
export function startScheduler(
  prisma: PrismaClient,
  clock: () => Date,
  log: (line: string) => void,
  intervalMs = 15 * 60_000,
  options: { backup?: DailyBackupConfig } = {},
): Scheduler {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const n = (await runReminders(prisma, clock())) + (await runInitiativeReminders(prisma, clock()));
      if (n > 0) log(`Reminders: ${n} notification(s) created.`);
    } catch (error) {
      log(`Reminder job failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      if (options.backup) {
        const { taken, pruned } = await runDailyBackup(options.backup, clock());
        if (taken) log(`Backup written: ${taken.file} (${taken.rows} rows, ${taken.bytes} bytes, ${taken.ms} ms).`);
        if (pruned.length) log(`Old backups deleted: ${pruned.join(', ')}.`);
      }
    } catch (error) {
      log(`Daily backup failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
