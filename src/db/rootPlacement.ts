// PostgreSQL refuses to run as root, so when the app is started by root the server runs as the `postgres` OS user.
// That user must be able to reach both the binaries (in node_modules) and the cluster directory: a clone in root's
// home directory (mode 0700) lets it reach neither. Then the binaries are copied, and the cluster placed, under
// /var/lib/thi-dua/<key> (or <tmp>/thi-dua/<key> where /var/lib is not writable), <key> being derived from the
// configured data directory so that every restart finds the same cluster; DATA_DIR/postgres becomes a symbolic link
// to it, so `.data/postgres` still names the cluster (its password file and the session secret stay in DATA_DIR).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StartupError } from './startupError.ts';

export interface Placement {
  binDir: string;
  dataDir: string; // the real cluster directory, owned by `owner`
  owner?: { uid: number; gid: number };
}

const PG_USER = 'postgres';

function idOf(flag: '-u' | '-g'): number | undefined {
  try {
    return Number(
      execFileSync('id', [flag, PG_USER], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim(),
    );
  } catch {
    return undefined;
  }
}

/** The postgres OS user, created (as a system user) when missing. */
function postgresUser(): { uid: number; gid: number } {
  let uid = idOf('-u');
  if (uid === undefined) {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_USER], { stdio: 'ignore' });
    } catch {
      throw new StartupError(
        `PostgreSQL cannot run as root and there is no '${PG_USER}' user to run it as (useradd failed): create one with 'useradd --system ${PG_USER}', start the app as an ordinary user, or set DATABASE_URL.`,
      );
    }
    uid = idOf('-u');
  }
  return { uid: uid!, gid: idOf('-g')! };
}

/** True when the user can do `test <flag> target` (the kernel decides: modes, ACLs, every parent directory). */
function can(owner: { uid: number; gid: number }, flag: '-x' | '-w', target: string): boolean {
  return spawnSync('test', [flag, target], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' }).status === 0;
}

/** A directory root owns and every user can traverse, for this data directory. */
function runtimeRoot(dataDir: string): string {
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  for (const base of ['/var/lib/thi-dua', path.join(os.tmpdir(), 'thi-dua')]) {
    try {
      mkdirSync(path.join(base, key), { recursive: true, mode: 0o755 });
      return path.join(base, key);
    } catch {
      // not writable here: try the next place
    }
  }
  throw new StartupError(
    `PostgreSQL's files cannot be placed where the '${PG_USER}' user can reach them (neither /var/lib/thi-dua nor ${os.tmpdir()} is writable): move the project out of root's home directory or set DATABASE_URL.`,
  );
}

/** The binaries in a place the owner can run them from: as they are, or copied once next to the cluster. */
function reachableBinaries(nativeDir: string, owner: { uid: number; gid: number }, root: () => string): string {
  if (can(owner, '-x', path.join(nativeDir, 'bin', 'postgres'))) return path.join(nativeDir, 'bin');
  const target = path.join(root(), 'native');
  const marker = path.join(target, '.copied-from');
  const source = `${realpathSync(nativeDir)} ${lstatSync(path.join(nativeDir, 'bin', 'postgres')).mtimeMs}`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== source) {
    cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true, force: true });
    writeFileSync(marker, source);
  }
  if (!can(owner, '-x', path.join(target, 'bin', 'postgres')))
    throw new StartupError(
      `The '${PG_USER}' user cannot run PostgreSQL even from ${target} (the file system may be mounted noexec): set DATABASE_URL or start the app as an ordinary user.`,
    );
  return path.join(target, 'bin');
}

/** The cluster directory as PostgreSQL will use it, owned by the owner; DATA_DIR/postgres links to it when moved. */
function reachableDataDir(dataDir: string, owner: { uid: number; gid: number }, root: () => string): string {
  const isLink = existsSync(dataDir) && lstatSync(dataDir).isSymbolicLink();
  const real = isLink ? realpathSync(dataDir) : dataDir;
  if (!isLink) mkdirSync(path.dirname(dataDir), { recursive: true });
  const parentReachable = can(owner, '-x', path.dirname(real));
  if (isLink || parentReachable) {
    mkdirSync(real, { recursive: true, mode: 0o700 });
    chownSync(real, owner.uid, owner.gid);
    return real;
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new StartupError(
      `The database in ${dataDir} cannot be reached by the '${PG_USER}' user that PostgreSQL runs as: move it into a directory that user can enter (e.g. set DATA_DIR=/var/lib/thi-dua/data) or set DATABASE_URL.`,
    );
  if (existsSync(dataDir)) rmdirSync(dataDir); // an empty directory: replaced by the link
  const moved = path.join(root(), 'postgres');
  mkdirSync(moved, { recursive: true, mode: 0o700 });
  chownSync(moved, owner.uid, owner.gid);
  symlinkSync(moved, dataDir);
  return moved;
}

/** Where PostgreSQL's binaries and cluster are for this process: unchanged unless we are root. */
export function placePostgres(nativeDir: string, dataDir: string, log: (line: string) => void): Placement {
  if (os.userInfo().uid !== 0) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return { binDir: path.join(nativeDir, 'bin'), dataDir };
  }
  const owner = postgresUser();
  let rootDir: string | undefined;
  const root = () => (rootDir ??= runtimeRoot(dataDir));
  const binDir = reachableBinaries(nativeDir, owner, root);
  const real = reachableDataDir(dataDir, owner, root);
  if (rootDir) log(`Running as root: PostgreSQL runs as '${PG_USER}' with its files in ${rootDir} (${dataDir} links to the cluster).`);
  return { binDir, dataDir: real, owner };
}
