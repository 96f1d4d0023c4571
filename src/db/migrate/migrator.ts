// Migrations through Prisma's WASM schema engine: apply, write a new one from the schema diff, status, drift.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { createMigrationAdapterFactory } from './charAwareAdapterFactory.ts';
import { loadSchemaEngine } from './loadSchemaEngine.ts';
import { LOCKFILE_CONTENT, LOCKFILE_NAME, readMigrationsList } from './migrationsList.ts';

export interface MigratorPaths {
  schemaPath: string;
  migrationsDir: string;
}

export const defaultPaths: MigratorPaths = {
  schemaPath: path.resolve('prisma/schema.prisma'),
  migrationsDir: path.resolve('prisma/migrations'),
};

const filters = { externalTables: [] as string[], externalEnums: [] as string[] };

/** Runs fn with a schema engine bound to databaseUrl, turning "External error id#N" into the real error. */
export async function withEngine<T>(
  databaseUrl: string,
  paths: MigratorPaths,
  fn: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const content = await readFile(paths.schemaPath, 'utf8');
  const { factory, close } = createMigrationAdapterFactory(databaseUrl);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const logs: string[] = [];
  const engine = await SchemaEngine.new({ datamodels: [[paths.schemaPath, content]] }, (l: string) => logs.push(l), bound);
  try {
    return await fn(engine, { path: paths.schemaPath, content });
  } catch (error) {
    throw explain(error, bound.errorRegistry);
  } finally {
    engine.free();
    await close();
  }
}

function explain(error: unknown, registry: { consumeError(id: number): unknown }): Error {
  const message = error instanceof Error ? error.message : String(error);
  const match = /External error id#(\d+)/.exec(message);
  if (match) {
    const real = registry.consumeError(Number(match[1])) as { error?: unknown } | undefined;
    const inner = real?.error ?? real;
    return new Error(`${message}: ${inner instanceof Error ? inner.message : JSON.stringify(inner)}`);
  }
  return error instanceof Error ? error : new Error(message);
}

/** Applies pending migrations and records them in _prisma_migrations. Returns the names applied. */
export async function applyMigrations(databaseUrl: string, paths = defaultPaths): Promise<string[]> {
  const migrationsList = await readMigrationsList(paths.migrationsDir);
  return withEngine(databaseUrl, paths, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters });
    return out.appliedMigrationNames;
  });
}

/** SQL that takes the migration history to the current schema ('' when they agree). Needs a shadow database. */
export async function diffMigrationsToSchema(databaseUrl: string, paths = defaultPaths): Promise<string> {
  const migrationsList = await readMigrationsList(paths.migrationsDir);
  return withEngine(databaseUrl, paths, async (engine, schema) => {
    const from = migrationsList.migrationDirectories.length ? { tag: 'migrations' as const, ...migrationsList } : { tag: 'empty' as const };
    const out = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters,
    });
    return out.exitCode === 0 ? '' : (out.stdout ?? '');
  });
}

/** Writes prisma/migrations/<yyyymmddhhmmss>_<name>/migration.sql from the diff; returns its path or null. */
export async function createMigration(databaseUrl: string, name: string, now: Date, paths = defaultPaths) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('Migration name: lowercase letters, digits and _ only');
  const sql = await diffMigrationsToSchema(databaseUrl, paths);
  if (!sql.trim()) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dir = path.join(paths.migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  await writeFile(path.join(paths.migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT);
  return path.join(dir, 'migration.sql');
}

/** Pending, failed and edited migrations, as the engine sees them. */
export async function migrationStatus(databaseUrl: string, paths = defaultPaths) {
  const migrationsList = await readMigrationsList(paths.migrationsDir);
  return withEngine(databaseUrl, paths, async (engine) => {
    const out = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    return { migrations: migrationsList.migrationDirectories.map((d) => d.path), ...out };
  });
}
