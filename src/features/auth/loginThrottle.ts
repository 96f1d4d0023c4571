// Failed sign-ins counted in PostgreSQL per account+address and per address, so every app instance agrees.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { delayAfterFailure, LOGIN_LIMITS, type BackoffRule } from '../../domain/loginBackoff.ts';

export interface ThrottleKeys {
  /** This account from this address: the owner elsewhere is unaffected. */
  accountAddress: string;
  /** Every account from this address (failures only). */
  address: string;
}

/** The keys for a sign-in attempt. Usernames are compared lower-cased, so are their keys. */
export function throttleKeys(username: string, ip: string | undefined): ThrottleKeys {
  const address = `ip:${ip ?? 'unknown'}`;
  return { accountAddress: `user:${username.trim().toLowerCase()}|${address}`, address };
}

/** Milliseconds until the attempt may be made (0 when not delayed). */
export async function delayRemainingMs(prisma: PrismaClient, keys: ThrottleKeys, now: Date): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: [keys.accountAddress, keys.address] } } });
  return Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() - now.getTime() : 0)));
}

/** Counts one failure on both keys (atomically, in SQL), delays those past their free attempts; returns the counts. */
export async function recordLoginFailure(prisma: PrismaClient, keys: ThrottleKeys, now: Date) {
  const forgetBefore = new Date(now.getTime() - LOGIN_LIMITS.forgetAfterMs);
  const count = async (key: string, rule: BackoffRule) => {
    const rows = await prisma.$queryRaw<Array<{ failures: number }>>`
      INSERT INTO "LoginThrottle" (key, failures, "lastFailureAt") VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."lastFailureAt" < ${forgetBefore} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "lastFailureAt" = ${now}
      RETURNING failures`;
    const failures = rows[0]?.failures ?? 1;
    const delayMs = delayAfterFailure(failures, rule);
    if (delayMs > 0) await prisma.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + delayMs) } });
    return { failures, delayMs };
  };
  return { accountAddress: await count(keys.accountAddress, LOGIN_LIMITS.perAccountAddress), address: await count(keys.address, LOGIN_LIMITS.perAddress) };
}

/** A successful sign-in clears this account's count from this address (the address keeps its own). */
export async function clearAccountFailures(prisma: PrismaClient, keys: ThrottleKeys): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: keys.accountAddress } });
}
