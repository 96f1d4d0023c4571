// The daily backup, run by the in-app scheduler: once per Vietnam calendar day, at or after BACKUP_HOUR, a backup
// is written to BACKUP_DIR and backups older than BACKUP_KEEP_DAYS are deleted. Whether today's backup exists is
// read from the directory, so restarts and repeated ticks never take a second one. Old backups are deleted only
// after today's was written.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { vietnamIsoDate } from '../domain/calendarDay.ts';
import { backupFileName } from '../db/backup/backupFormat.ts';
import { writeBackup, type BackupResult } from '../db/backup/writeBackup.ts';

export interface DailyBackupConfig {
  ownerUrl: string;
  dir: string;
  keepDays: number;
  hour: number; // Vietnam time
}

const NAME = /^thidua-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})Z\.backup\.gz$/;

/** When a backup file was taken, from its name; undefined for any other file. */
function takenAt(name: string): Date | undefined {
  const m = NAME.exec(name);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
}

function backups(dir: string): Array<{ name: string; at: Date }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const at = takenAt(name);
    return at ? [{ name, at }] : [];
  });
}

/** Takes today's backup when it is due and missing, then prunes old ones; returns the backup taken, if any. */
export async function runDailyBackup(config: DailyBackupConfig, now: Date): Promise<{ taken?: BackupResult; pruned: string[] }> {
  const today = vietnamIsoDate(now);
  const hourInVietnam = (now.getUTCHours() + 7) % 24;
  const existing = backups(config.dir);
  let taken: BackupResult | undefined;
  const hasToday = existing.some((b) => vietnamIsoDate(b.at) === today);
  if (hourInVietnam >= config.hour && !hasToday) {
    taken = await writeBackup(config.ownerUrl, path.join(config.dir, backupFileName(now)), now);
  }
  // Old backups go only once today's exists: when backups start failing, the last good ones are kept.
  if (!taken && !hasToday) return { pruned: [] };
  const cutoff = now.getTime() - config.keepDays * 24 * 60 * 60 * 1000;
  const pruned = existing.filter((b) => b.at.getTime() < cutoff).map((b) => b.name);
  for (const name of pruned) {
    rmSync(path.join(config.dir, name), { force: true });
    rmSync(path.join(config.dir, `${name}.manifest.json`), { force: true });
  }
  return { taken, pruned };
}
