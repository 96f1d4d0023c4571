// Retries a whole transaction when Postgres aborts it for a serialization failure or a deadlock (40001, 40P01,
// Prisma P2034): the ballot commands are safe to run again because each re-checks its state under its locks.

const RETRYABLE = new Set(['P2034', '40001', '40P01']);

function isRetryable(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { code?: unknown }; cause?: { code?: unknown } } | null;
  const codes = [e?.code, e?.meta?.code, e?.cause?.code];
  return codes.some((c) => typeof c === 'string' && RETRYABLE.has(c)) || /deadlock detected|could not serialize/i.test(String((error as Error)?.message));
}

/** Runs `work`, retrying up to `attempts` times on a retryable transaction failure. */
export async function retryTransaction<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (error) {
      if (i >= attempts || !isRetryable(error)) throw error;
      await new Promise((r) => setTimeout(r, 5 * i + Math.floor(Math.random() * 10)));
    }
  }
}
