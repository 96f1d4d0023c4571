// What every command-line tool shares: the database of `npm start` (the embedded one included, joined if the app is
// running), the school it works on, and an exit code that waits for stdout to drain.
import type { Env } from '../config/env.ts';
import { loadEnv } from '../config/env.ts';
import { connectDatabase } from '../db/client.ts';
import { openDatabase } from '../db/openDatabase.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** Runs fn with a Prisma client on the configured database, closing everything afterwards. */
export async function withCliDatabase<T>(fn: (prisma: PrismaClient, env: Env) => Promise<T>): Promise<T> {
  const env = loadEnv();
  const handle = await openDatabase(env);
  const db = connectDatabase(handle.url, { max: 2 });
  try {
    return await fn(db.prisma, env);
  } finally {
    await db.close();
    await handle.release();
  }
}

/** The school by code, or the first one (a deployment serving one school). */
export function findCliSchool(prisma: PrismaClient, code?: string) {
  return code ? prisma.school.findUnique({ where: { code } }) : prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
}

/** Writes to stdout and waits until it is flushed (process.exit would cut a piped output short). */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

/** Runs a CLI's main and exits with its code; errors print their message (no stack) and exit 1. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
