// The page benchmark of issue 16: realistic data at school (1 school, 80 staff) or city scale (200 schools, 16,000
// staff), the compiled app in production mode against an embedded PostgreSQL of its own (.data/bench/<scale>,
// cleaned), each main page measured with autocannon INTERLEAVED with a bare Express + EJS + one-query page (run, bare
// run, run…) so that every figure is a ratio taken under the same load. Also: SQL statements per request, the app's
// resident memory after the run, eligibility of every school, documents against LibreOffice. Writes docs/benchmarks.md.
// Run: npm run bench [-- --scale city]   (BENCH_SECONDS per run, default 2)
//      npm run bench:pages -- [--scale city] --reuse-data   measures again on the data an earlier run generated (its
//      generation time is reported from that run); --data-only stops after generating and the eligibility figure.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { envSchema } from '../src/config/env.ts';
import { connectDatabase } from '../src/db/client.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { runMigrationsInChild } from '../src/db/runMigrationsInChild.ts';
import { evaluateSchools } from '../src/features/records/evaluateSchools.ts';
import { BENCH_LOGINS, BENCH_PASSWORD, countBenchRows, generateBenchData } from './pages/benchData.ts';
import type { DocumentFigure } from './pages/documentsBench.ts';
import { runLoad, signIn, type LoadFigures } from './pages/loadRun.ts';
import { countStatements } from './pages/statementCount.ts';
import { writeBenchReport, type PageResult } from './pages/report.ts';

const scale = process.argv.includes('city') || process.argv.includes('--scale=city') ? 'city' : 'school';
const SCHOOLS = scale === 'city' ? 200 : 1;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const LEVELS = [1, 10, 50];
const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i); // 2017-2018 … 2026-2027 (the current year)
const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, '.data/bench', scale);
const started = Date.now();
const say = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));

/** Spawns a server and resolves once it printed `ready` (or the app's "is running at"). */
function serveOnce(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer) => {
      log += c.toString();
      if (ready.test(log)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      reject(new Error(`Server exited (${code}):\n${log}`));
      // A server that dies during the measurements would only show as 0 req/s: say so, with the end of its output.
      if (ready.test(log)) say(`Server ${args.join(' ')} exited (${code ?? signal}) during the run:\n${log.slice(-2000)}`);
    });
  });
}

/** serveOnce, tried up to 3 times: on a machine at load 20 a start-up query can outlast the app's 800 ms connect timeout. */
async function serve(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await serveOnce(args, env, ready);
    } catch (error) {
      if (attempt === 3) throw error;
      say(`Server start ${attempt} failed, trying again: ${(error as Error).message.split('\n').slice(-2).join(' ')}`);
    }
  }
}
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const generationFile = path.join(root, `.data/bench/${scale}-generation.json`);
const reuse = process.argv.includes('--reuse-data') && existsSync(generationFile) && existsSync(dataDir);
if (!reuse) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
}
say(`Scale ${scale}: embedded PostgreSQL in ${path.relative(root, dataDir)}${reuse ? ' (data of an earlier run reused)' : ''}`);
const handle = await openDatabase(envSchema.parse({ DATA_DIR: dataDir }));
try {
  say(await runMigrationsInChild(handle, process.env).then(() => 'migrated'));
  const owner = connectDatabase(handle.migrationUrl);
  const loadNow = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ');
  let generation: { ms: number; load: string; at: string; reused: boolean };
  let counts: Record<string, number>;
  if (reuse) {
    generation = { ...(JSON.parse(readFileSync(generationFile, 'utf8')) as { ms: number; load: string; at: string }), reused: true };
    counts = await countBenchRows(owner.pool);
  } else {
    const t0 = Date.now();
    counts = await generateBenchData(owner.pool, { schools: SCHOOLS, years: YEARS });
    generation = { ms: Date.now() - t0, load: loadNow(), at: new Date().toISOString().slice(0, 16).replace('T', ' '), reused: false };
    writeFileSync(generationFile, JSON.stringify(generation));
  }
  const generatedMs = generation.ms;
  say(
    `Generated in ${(generatedMs / 1000).toFixed(1)} s (load average ${generation.load}${generation.reused ? `, by the run of ${generation.at} UTC` : ''}): ${Object.entries(
      counts,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );

  const school = await owner.prisma.school.findFirstOrThrow({ where: { code: 'BENCH0' } });
  const someone = await owner.prisma.staff.findFirstOrThrow({ where: { schoolId: school.id, code: 'GV030' } });
  const evalYear = YEARS[YEARS.length - 2]!;
  // Eligibility of every staff member of every school (loading the facts + the engine), set-based: one query per
  // table for each batch of schools (evaluateSchools).
  const schools = await owner.prisma.school.findMany({ select: { id: true }, orderBy: { code: 'asc' } });
  const e0 = Date.now();
  let verdicts = 0;
  for await (const r of evaluateSchools(
    owner.prisma,
    schools.map((s) => s.id),
    evalYear,
  )) {
    if ('error' in r) throw r.error;
    verdicts += r.evaluation.verdicts.length;
  }
  const eligibilityMs = Date.now() - e0;
  say(
    `Eligibility of ${schools.length} school(s), ${verdicts} verdicts: ${eligibilityMs} ms (load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')})`,
  );
  if (process.argv.includes('--data-only')) {
    await owner.close();
    await handle.release();
    process.exit(0);
  }

  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  const appPort = 39_000 + Math.floor(Math.random() * 500);
  const barePort = appPort + 500;
  const appEnv = {
    ...process.env,
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
  // The server as `npm start` runs it: package.json's start command's node flags, then the compiled server that
  // scripts/start.mjs imports (named directly, so that no one stopping their own `npm start` by name stops this one).
  const startFlags = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
    .split(/\s+/)
    .filter((a) => a.startsWith('--'));
  const startArgs = [...startFlags, '--enable-source-maps', 'dist/server.js'];
  const app = await serve(startArgs, appEnv, /is running at/);
  const bare = await serve(['--import', 'tsx', 'bench/pages/barePage.ts', handle.url, String(barePort)], process.env, /ready/);
  const base = `http://127.0.0.1:${appPort}`;
  const bareUrl = `http://127.0.0.1:${barePort}/`;

  const cookies: Record<string, string> = {};
  for (const [role, username] of Object.entries(BENCH_LOGINS)) cookies[role] = await signIn(base, username, BENCH_PASSWORD);
  const pages: Array<{ name: string; role: keyof typeof BENCH_LOGINS; path: string }> = [
    { name: 'home (chair)', role: 'chair', path: '/' },
    { name: 'home (teacher)', role: 'teacher', path: '/' },
    { name: 'registrations (chair)', role: 'chair', path: '/registrations' },
    { name: 'registrations (group leader)', role: 'leader', path: '/registrations' },
    { name: 'registrations (teacher)', role: 'teacher', path: '/registrations' },
    { name: `eligibility ${evalYear}-${evalYear + 1} (chair)`, role: 'chair', path: `/eligibility/${evalYear}` },
    { name: 'personal record (chair → a teacher)', role: 'chair', path: `/records/staff/${someone.id}` },
    { name: 'own record (teacher)', role: 'teacher', path: '/records/me' },
    { name: 'staff (chair)', role: 'chair', path: '/staff' },
    { name: 'nominations (secretary)', role: 'secretary', path: '/nominations' },
    { name: 'initiatives (chair)', role: 'chair', path: '/initiatives' },
    { name: 'initiatives (teacher)', role: 'teacher', path: '/initiatives' },
    { name: 'statistics (chair)', role: 'chair', path: '/statistics' },
    { name: 'audit (admin)', role: 'admin', path: '/audit' },
  ];
  // A page that redirects (records/me) is measured at its target; one that does not exist (statistics before
  // issue 15) is left out and said so.
  const measured: Array<(typeof pages)[number] & { url: string }> = [];
  for (const p of pages) {
    let url = `${base}${p.path}`;
    let res = await fetch(url, { headers: { cookie: cookies[p.role]! }, redirect: 'manual' });
    if (res.status === 302 && res.headers.get('location')?.startsWith('/')) {
      url = `${base}${res.headers.get('location')}`;
      res = await fetch(url, { headers: { cookie: cookies[p.role]! }, redirect: 'manual' });
    }
    // A first view on a loaded machine can open several connections at once and outlast the app's 800 ms connect
    // timeout (503 with the database up): tried again, and said so.
    for (let attempt = 1; res.status === 503 && attempt <= 3; attempt++) {
      say(`${p.name}: 503 on view ${attempt}, trying again`);
      res = await fetch(url, { headers: { cookie: cookies[p.role]! }, redirect: 'manual' });
    }
    if (res.status === 200) measured.push({ ...p, url });
    else say(`Left out: ${p.name} ${p.path} answers ${res.status}`);
  }
  const statements = await countStatements(
    handle.url,
    measured.map((p) => ({ path: new URL(p.url).pathname, username: BENCH_LOGINS[p.role] })),
  );

  const results: PageResult[] = measured.map((p) => ({
    name: p.name,
    path: new URL(p.url).pathname,
    statements: statements[new URL(p.url).pathname] ?? null,
    byLevel: {},
  }));
  for (const p of measured) await runLoad(p.url, cookies[p.role], 2, 1); // warm-up: JIT, caches, pool
  await runLoad(bareUrl, undefined, 2, 1);
  for (const c of LEVELS) {
    for (const [i, p] of measured.entries()) {
      const bareRun: LoadFigures = await runLoad(bareUrl, undefined, c, SECONDS);
      const pageRun = await runLoad(p.url, cookies[p.role], c, SECONDS);
      results[i]!.byLevel[c] = { page: pageRun, bare: bareRun };
      say(
        `c=${c} ${p.name}: ${pageRun.rps.toFixed(0)} req/s vs bare ${bareRun.rps.toFixed(0)} (${(pageRun.rps / bareRun.rps).toFixed(2)}), p97.5 ${pageRun.p975} ms vs ${bareRun.p975} ms`,
      );
    }
  }
  const appRssMb = rssMb(app.pid!);
  const bareRssMb = rssMb(bare.pid!);
  say(`Resident memory after the run: app ${appRssMb.toFixed(0)} MB, bare ${bareRssMb.toFixed(0)} MB`);
  const sessionRows = await owner.pool.query<{ n: string }>('SELECT count(*) AS n FROM session');
  const exited = (p: ChildProcess) => (p.exitCode !== null ? Promise.resolve() : new Promise((resolve) => p.once('exit', resolve)));
  app.kill('SIGTERM');
  bare.kill('SIGTERM');
  await Promise.all([exited(app), exited(bare)]);

  say('Documents: ours against LibreOffice (paired runs, 3 rounds, medians, in a process of their own)…');
  const documents: DocumentFigure[] =
    process.env.BENCH_DOCUMENTS === '0'
      ? []
      : (JSON.parse(
          execFileSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', 'bench/pages/documentsChild.ts', '3'], {
            cwd: root,
            encoding: 'utf8',
            timeout: 600_000,
          }),
        ) as DocumentFigure[]);
  await owner.close();
  const reportFile = path.join(root, 'docs/benchmarks.md');
  writeBenchReport(reportFile, {
    scale,
    date: new Date(),
    load: os.loadavg(),
    cores: os.cpus().length,
    node: process.version,
    seconds: SECONDS,
    counts,
    generation,
    eligibility: { schools: schools.length, verdicts, ms: eligibilityMs },
    pages: results,
    appRssMb,
    bareRssMb,
    sessionRows: Number(sessionRows.rows[0]!.n),
    documents,
    pageCacheMb: Number(process.env.PAGE_CACHE_MB ?? 16),
    previous: existsSync(path.join(root, '.data/bench/school.json')) ? readFileSync(path.join(root, '.data/bench/school.json'), 'utf8') : null,
    saveTo: path.join(root, `.data/bench/${scale}${process.env.PAGE_CACHE_MB === '0' ? '-nocache' : ''}.json`),
  });
  say(`Written to docs/benchmarks.md in ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
} finally {
  children.forEach((c) => c.kill('SIGTERM'));
  await handle.release();
}
process.exit(0);
