// Profiles the compiled app on one or more pages (issue 16's method: profile first). Keeps its own embedded
// PostgreSQL with the school-scale bench data under .data/bench/profile (generated once, reused), starts
// dist/server.js in production mode with `--cpu-prof`, signs in, runs autocannon on each page (c=10) paired with
// the bare Express page, stops the app so that V8 writes the profile, and prints self time by package and by
// function. Run: node --import tsx bench/profilePage.ts [--seconds 5] [--no-prof] [--city] role:/path [role:/path…]
// (--city: on the city-scale data `npm run bench:pages -- --scale city` left in .data/bench/city, not generated here)
//   e.g. node --import tsx bench/profilePage.ts chair:/ teacher:/registrations
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { envSchema } from '../src/config/env.ts';
import { connectDatabase } from '../src/db/client.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { runMigrationsInChild } from '../src/db/runMigrationsInChild.ts';
import { BENCH_LOGINS, BENCH_PASSWORD, generateBenchData } from './pages/benchData.ts';
import { runLoad, signIn } from './pages/loadRun.ts';
import { countStatements } from './pages/statementCount.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SECONDS = option('--seconds', 5);
const PROFILE = !flag('--no-prof');
const targets = args
  .filter((a) => /^\w+:\//.test(a))
  .map((a) => {
    const [role, ...rest] = a.split(':');
    return { role: role as keyof typeof BENCH_LOGINS, path: rest.join(':') };
  });
if (!targets.length) throw new Error('Name at least one page: role:/path (roles: ' + Object.keys(BENCH_LOGINS).join(', ') + ')');

const root = path.resolve(import.meta.dirname, '..');
const CITY = flag('--city');
const dataDir = path.join(root, CITY ? '.data/bench/city' : '.data/bench/profile');
if (CITY && !existsSync(path.join(dataDir, 'postgres'))) throw new Error('No city data: run npm run bench:pages -- --scale city first');
const profDir = path.join(dataDir, 'cpuprof');
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));

function serve(argv: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, argv, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer) => {
      log += c.toString();
      if (ready.test(log)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Server exited (${code}):\n${log}`)));
  });
}

/** CPU time (user + system) in ms of a process, and of every child of a process (PostgreSQL's backends). */
const ticksMs = 1000 / 100; // USER_HZ
function cpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) * ticksMs;
  } catch {
    return 0;
  }
}
function childrenCpuMs(ppid: number): number {
  let sum = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(f[1]) === ppid) sum += (Number(f[11]) + Number(f[12])) * ticksMs;
    } catch {
      // gone meanwhile
    }
  }
  return sum;
}
const postmaster = () => Number(readFileSync(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0]);

/** One load run with the CPU it cost per request in the server and in PostgreSQL. */
async function measured(url: string, cookie: string | undefined, pid: number, seconds: number) {
  const pm = postmaster();
  const [a0, p0] = [cpuMs(pid), childrenCpuMs(pm)];
  const run = await runLoad(url, cookie, 10, seconds);
  const n = run.rps * seconds;
  return { run, appMs: (cpuMs(pid) - a0) / n, pgMs: (childrenCpuMs(pm) - p0) / n };
}

const fresh = !existsSync(path.join(dataDir, 'postgres'));
mkdirSync(dataDir, { recursive: true });
const handle = await openDatabase(envSchema.parse({ DATA_DIR: dataDir }));
try {
  await runMigrationsInChild(handle, process.env);
  if (fresh) {
    const owner = connectDatabase(handle.migrationUrl);
    await generateBenchData(owner.pool, { schools: 1, years: Array.from({ length: 10 }, (_, i) => 2017 + i) });
    await owner.close();
  }
  const owner = connectDatabase(handle.migrationUrl);
  const school = await owner.prisma.school.findFirstOrThrow({ where: { code: 'BENCH0' } });
  const someone = await owner.prisma.staff.findFirstOrThrow({ where: { schoolId: school.id, code: 'GV030' } });
  await owner.close();
  const resolvePath = (p: string) => p.replace(':someone', someone.id);

  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  rmSync(profDir, { recursive: true, force: true });
  const appPort = 41_000 + Math.floor(Math.random() * 500);
  const barePort = appPort + 500;
  const appEnv = {
    ...process.env,
    PROFILE_OUT: path.join(dataDir, 'cpuprof/app.cpuprofile'),
    NODE_ENV: 'production',
    DATABASE_URL: handle.url,
    MIGRATION_DATABASE_URL: handle.migrationUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
    VIEW_CACHE: 'true',
    BACKUP_KEEP_DAYS: '0',
    HOST: '127.0.0.1',
    PORT: String(appPort),
    DATA_DIR: dataDir,
  };
  const profFile = path.join(profDir, 'app.cpuprofile');
  mkdirSync(profDir, { recursive: true });
  const profArgs = PROFILE ? ['--import', './bench/profileHook.mjs'] : [];
  const app = await serve([...profArgs, '--enable-source-maps', 'dist/server.js'], appEnv, /is running at/);
  const bare = await serve(['--import', 'tsx', 'bench/pages/barePage.ts', handle.url, String(barePort)], process.env, /ready/);
  const base = `http://127.0.0.1:${appPort}`;
  const bareUrl = `http://127.0.0.1:${barePort}/`;
  const statements = await countStatements(
    handle.url,
    targets.map((t) => ({ path: resolvePath(t.path), username: BENCH_LOGINS[t.role] })),
  );
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  for (const t of targets) {
    const cookie = await signIn(base, BENCH_LOGINS[t.role], BENCH_PASSWORD);
    const url = `${base}${resolvePath(t.path)}`;
    let first = await fetch(url, { headers: { cookie } });
    // A first view on a loaded machine can outlast the app's 800 ms connect timeout (503): tried again.
    for (let i = 0; first.status === 503 && i < 5; i++) first = await fetch(url, { headers: { cookie } });
    if (first.status !== 200) throw new Error(`${t.path} answers ${first.status}`);
    await runLoad(url, cookie, 2, 1);
    await runLoad(bareUrl, undefined, 2, 1);
    const bm = await measured(bareUrl, undefined, bare.pid!, SECONDS);
    if (PROFILE) app.kill('SIGUSR2');
    const pm = await measured(url, cookie, app.pid!, SECONDS);
    const [b, p] = [bm.run, pm.run];
    if (PROFILE) {
      app.kill('SIGUSR2');
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log(
      `${t.role} ${t.path}: ${statements[resolvePath(t.path)]} SQL, ${p.rps.toFixed(0)} req/s (bare ${b.rps.toFixed(0)}, ×${(p.rps / b.rps).toFixed(2)}), ` +
        `p97.5 ${p.p975} ms (bare ${b.p975} ms), ${(p.bytes / 1024).toFixed(0)} kB, errors ${p.errors}`,
    );
    console.log(
      `  CPU per request: app ${pm.appMs.toFixed(2)} ms + PostgreSQL ${pm.pgMs.toFixed(2)} ms; bare ${bm.appMs.toFixed(2)} ms + PostgreSQL ${bm.pgMs.toFixed(2)} ms` +
        ` (CPU ratio bare/page ${((bm.appMs + bm.pgMs) / (pm.appMs + pm.pgMs)).toFixed(2)})`,
    );
  }
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  bare.kill('SIGTERM');
  await new Promise<void>((resolve) => {
    app.removeAllListeners('exit');
    app.once('exit', () => resolve());
    app.kill('SIGTERM');
  });
  if (PROFILE && existsSync(profFile)) {
    console.log(`profile: ${profFile} (the last page's run)`);
    execFileSync(process.execPath, [path.join(root, 'bench/profileSummary.mjs'), profFile], { stdio: 'inherit' });
  }
} finally {
  children.forEach((c) => c.kill('SIGTERM'));
  await handle.release();
}
process.exit(0);
