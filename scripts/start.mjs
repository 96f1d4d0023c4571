// `npm start`: builds the compiled server when its sources changed (a fresh clone, a pull), then runs it.
// Source maps are on so errors in the log name the TypeScript file and line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(root, 'dist/server.js')).href);
