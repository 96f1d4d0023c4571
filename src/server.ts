// The only file that listens. Starts the embedded PostgreSQL when DATABASE_URL is unset, applies migrations,
// seeds the demo school on an empty database, serves the app, and stops everything cleanly on SIGINT/SIGTERM.
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { continueUnlessTooLarge } from './http/bodyCap.ts';
import { EnvError, loadEnv, type Env } from './config/env.ts';
import { resolveSessionSecret } from './config/sessionSecret.ts';
import { connectDatabase, type Database } from './db/client.ts';
import { isPrivileged } from './db/databaseRoles.ts';
import { openDatabase, type OpenDatabase } from './db/openDatabase.ts';
import { runMigrationsInChild } from './db/runMigrationsInChild.ts';
import { releaseCrashedImports } from './features/imports/releaseCrashedImports.ts';
import { seedDemoIfEmpty } from './db/seed/seedDemoIfEmpty.ts';
import { startScheduler, type Scheduler } from './jobs/scheduler.ts';
import { startDossierWorker, type DossierWorker } from './jobs/dossierWorker.ts';
import { demoAccounts, DEMO_PASSWORD } from '../prisma/seed/demoSchool.ts';

const say = (line: string) => console.log(line);
const PRIVILEGED_WARNING =
  'Warning: the app connects to PostgreSQL as a superuser or table owner, so the audit log is not protected. ' +
  'Set DATABASE_URL to a role with DML only and MIGRATION_DATABASE_URL to the owner (README, "A real PostgreSQL server").';

async function main(): Promise<void> {
  let env: Env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let handle: OpenDatabase | undefined;
  let db: Database | undefined;
  let server: Server | undefined;
  let scheduler: Scheduler | undefined;
  let dossierWorker: DossierWorker | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    scheduler?.stop();
    await dossierWorker?.stop(10_000).catch(() => undefined);
    const closed = new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server?.closeAllConnections(); // idle keep-alive connections would otherwise hold close() open
    await closed;
    await db?.close().catch(() => undefined);
    await handle?.release().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    say(env.DATABASE_URL ? 'Using the PostgreSQL server in DATABASE_URL.' : `Starting the embedded PostgreSQL (data in ${env.DATA_DIR}/postgres)…`);
    handle = await openDatabase(env, (l) => env.LOG_LEVEL === 'debug' && say(l));
    say(await runMigrationsInChild(handle, process.env));
    if (await isPrivileged(handle.url)) say(PRIVILEGED_WARNING);
    let seeded = false;
    if (env.SEED_DEMO) seeded = await seedDemoIfEmpty(handle.migrationUrl, new Date(), say);
    db = connectDatabase(handle.url, { connectTimeoutMs: 800 }); // pages answer 503 within 1 s while the database is away
    const released = await releaseCrashedImports(db.prisma, new Date());
    if (released) say(`Released ${released} import(s) left unfinished by a stopped process; they can be confirmed again.`);
    const app = createApp({ env, prisma: db.prisma, pool: db.pool, sessionSecret: resolveSessionSecret(env) });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(env.PORT, env.HOST ?? '0.0.0.0', () => resolve(s));
      s.on('checkContinue', continueUnlessTooLarge(app, env)); // no "100 Continue" for a body the app will refuse
      s.once('error', reject);
    });
    const backup =
      env.BACKUP_KEEP_DAYS > 0 ? { ownerUrl: handle.migrationUrl, dir: env.BACKUP_DIR, keepDays: env.BACKUP_KEEP_DAYS, hour: env.BACKUP_HOUR } : undefined;
    scheduler = startScheduler(db.prisma, () => new Date(), say, undefined, { backup });
    dossierWorker = await startDossierWorker({
      url: handle.url,
      prisma: db.prisma,
      clock: () => new Date(),
      log: say,
      maxBytes: env.DOSSIER_MAX_MB * 1024 * 1024,
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    say(`\nThi đua is running at http://localhost:${port}`);
    if (env.SEED_DEMO) {
      say(`${seeded ? 'Demo school created. ' : ''}Demo logins (password ${DEMO_PASSWORD}): ${demoAccounts.map((a) => a.username).join(', ')}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

void main();
