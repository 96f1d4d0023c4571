// Login throttling per client address and the growing back-off (in its own database: the address key is shared).
import { describe, expect, it } from 'vitest';
import { lockDurationMs, LOGIN_LIMITS } from '../../src/domain/loginBackoff.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();

describe('password hashing', () => {
  it('uses argon2id with m=19 MiB, t=2, p=1 (OWASP minimum)', async () => {
    expect(await hashPassword('mat-khau-bat-ky')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('back-off', () => {
  it('locks from the limit on, doubling up to 15 minutes', () => {
    expect([4, 5, 6, 7, 9, 30].map((n) => lockDurationMs(n, LOGIN_LIMITS.perAccount))).toEqual([0, 60_000, 120_000, 240_000, 900_000, 900_000]);
  });
});

describe('per address', () => {
  it('after 20 failures from one address, even another account is refused; the account lock grows after a new failure', async () => {
    const { school } = await buildSchool(db.current.prisma);
    const { user } = await buildPerson(db.current.prisma, school.id);
    const clock = testClock('2026-11-26T03:00:00Z');
    const { app } = buildTestApp(db.current, clock);
    for (let i = 0; i < 20; i++) await loginAs(agentFor(app), `khong-ton-tai-${i}`, 'sai');
    const blocked = await loginAs(agentFor(app), user.username, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    clock.advance(61_000);
    expect((await loginAs(agentFor(app), user.username, TEST_PASSWORD)).status).toBe(302);

    clock.advance(2 * 3_600_000); // failures older than an hour are forgotten
    for (let i = 0; i < 5; i++) await loginAs(agentFor(app), user.username, 'sai');
    const lock1 = await db.current.prisma.loginThrottle.findUniqueOrThrow({ where: { key: `user:${user.username}` } });
    expect(lock1.lockedUntil!.getTime() - clock.now.getTime()).toBe(60_000);
    clock.advance(61_000);
    await loginAs(agentFor(app), user.username, 'sai');
    const lock2 = await db.current.prisma.loginThrottle.findUniqueOrThrow({ where: { key: `user:${user.username}` } });
    expect(lock2.lockedUntil!.getTime() - clock.now.getTime()).toBe(120_000);
  });
});
