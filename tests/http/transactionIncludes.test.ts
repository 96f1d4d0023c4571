// Inside a transaction, a read with several included relations (Prisma loads them at once) reaches PostgreSQL one
// query at a time on the transaction's connection: no query is sent on a pg client still running another (pg's
// DeprecationWarning, which a fresh `npm start` printed while seeding the demo; pg 9 refuses such a query).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildSchool, buildStaff } from '../support/factories.ts';
import { clientOverlap } from '../support/clientOverlap.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

describe("a transaction's connection", () => {
  it('gets the relations of one read one after another, and the read is whole', async () => {
    const prisma = db.current.prisma;
    const { school } = await buildSchool(prisma, { years: [2025, 2026] });
    await buildStaff(prisma, school.id);
    const overlap = clientOverlap();
    overlap.start();
    try {
      const read = await prisma.$transaction((tx) =>
        tx.school.findUniqueOrThrow({ where: { id: school.id }, include: { schoolYears: true, collectives: true, staff: true, users: true } }),
      );
      expect([read.schoolYears.length, read.staff.length]).toEqual([2, 1]);
    } finally {
      overlap.stop();
    }
    expect(overlap.overlaps).toEqual([]);
  });

  it('the check sees three queries sent at once on a bare pg client (the pattern pg deprecates)', async () => {
    const client = new pg.Client({ connectionString: db.current.url });
    await client.connect();
    const overlap = clientOverlap();
    overlap.start();
    try {
      await Promise.all([1, 2, 3].map((n) => client.query('SELECT $1::int AS n FROM pg_sleep(0.05)', [n])));
    } finally {
      overlap.stop();
      await client.end();
    }
    expect(overlap.overlaps.length).toBeGreaterThan(0);
  });
});
