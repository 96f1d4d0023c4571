// The package's root directory (views/, public/, src/ for the tsx children): found by walking up to package.json,
// so the same code works from src/ under tsx and from the compiled bundle in dist/ (npm start).
import { existsSync } from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

/** Absolute path of the directory holding package.json. */
export const APP_ROOT = findRoot(import.meta.dirname);
