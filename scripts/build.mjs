// Compiles the server into dist/server.js with esbuild (one bundle of our own code; packages stay in node_modules),
// so `npm start` runs JavaScript instead of transpiling every module through tsx at start-up and on first use.
// `node scripts/build.mjs --if-stale` rebuilds only when a source file is newer than the bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outfile = path.join(root, 'dist/server.js');
const sources = ['src', 'prisma/seed', 'package.json', 'tsconfig.json'].map((p) => path.join(root, p));

/** The newest modification time under the given files and directories. */
function newest(paths) {
  let max = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const s = statSync(p);
    if (s.isDirectory()) max = Math.max(max, newest(readdirSync(p).map((n) => path.join(p, n))));
    else max = Math.max(max, s.mtimeMs);
  }
  return max;
}

const stale = !existsSync(outfile) || newest(sources) > statSync(outfile).mtimeMs;
if (process.argv.includes('--if-stale') && !stale) process.exit(0);

const started = Date.now();
await build({
  entryPoints: [path.join(root, 'src/server.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // node_modules are resolved at run time, exactly as under tsx
  sourcemap: true, // stack traces in the log point at the TypeScript sources
  logLevel: 'warning',
});
console.log(`Built dist/server.js in ${Date.now() - started} ms.`);
