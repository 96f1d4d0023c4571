// Failed sign-ins counted in PostgreSQL per account and per client address, so every app instance agrees.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { LOGIN_LIMITS, lockDurationMs } from '../../domain/loginBackoff.ts';

export interface ThrottleKeys {
  account: string;
  address: string;
}

/** The keys for a sign-in attempt. Usernames are compared lower-cased, so are their keys. */
export function throttleKeys(username: string, ip: string | undefined): ThrottleKeys {
  return { account: `user:${username.trim().toLowerCase()}`, address: `ip:${ip ?? 'unknown'}` };
}

/** Milliseconds until the attempt may be made (0 when not locked). */
export async function lockRemainingMs(prisma: PrismaClient, keys: ThrottleKeys, now: Date): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: [keys.account, keys.address] } } });
  return Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() - now.getTime() : 0)));
}

/** Counts one failure on both keys (atomically, in SQL) and locks those that reached their limit. */
export async function recordLoginFailure(prisma: PrismaClient, keys: ThrottleKeys, now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - LOGIN_LIMITS.forgetAfterMs);
  for (const [key, limit] of [
    [keys.account, LOGIN_LIMITS.perAccount],
    [keys.address, LOGIN_LIMITS.perAddress],
  ] as const) {
    const rows = await prisma.$queryRaw<Array<{ failures: number }>>`
      INSERT INTO "LoginThrottle" (key, failures, "lastFailureAt") VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."lastFailureAt" < ${forgetBefore} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "lastFailureAt" = ${now}
      RETURNING failures`;
    const failures = rows[0]?.failures ?? 1;
    const lockMs = lockDurationMs(failures, limit);
    if (lockMs > 0) {
      await prisma.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + lockMs) } });
    }
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearAccountFailures(prisma: PrismaClient, keys: ThrottleKeys): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: keys.account } });
}
