// `npm start`: builds the compiled server when its sources changed (a fresh clone, a pull), then runs it.
// Source maps are on so errors in the log name the TypeScript file and line.
// package.json runs it as `node --max-old-space-size=256 scripts/start.mjs`: the server's live heap is ~80 MB at
// rest and ~150 MB at 50 concurrent requests, but without a ceiling V8 lets the old generation grow to 300 MB and
// more under load and keeps it (resident memory 480 MB after the page benchmark, 270 MB with the ceiling; docs/
// benchmarks.md). File contents (uploads, PDFs, ZIPs) live in buffers outside that heap, and imports parse in a
// worker with a heap of its own. The page benchmark starts the server with the same command line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(root, 'dist/server.js')).href);
