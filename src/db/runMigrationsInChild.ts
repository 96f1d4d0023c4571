// Runs `db migrate` in a child process: the WASM schema engine and its driver work-arounds never live in the
// application process, and their memory is returned as soon as migrations are applied.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { APP_ROOT as root } from '../appRoot.ts';

/** Applies pending migrations as the owner, then grants the app role; resolves with the child's output, rejects when it fails. */
export function runMigrationsInChild(db: { url: string; migrationUrl: string }, parentEnv: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/db.ts'), 'migrate'], {
      cwd: root,
      env: { ...parentEnv, DATABASE_URL: db.url, MIGRATION_DATABASE_URL: db.migrationUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(`Migrations failed:\n${output}`))));
  });
}
