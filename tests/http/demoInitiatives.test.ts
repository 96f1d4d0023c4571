// The demo school's initiatives: 2024-2025 went through the whole cycle through the app's own commands, the current
// year has one submitted, and the demo teacher's record shows the recognised initiative of her colleague's year.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoInitiatives } from '../../src/db/seed/seedDemoInitiatives.ts';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const now = new Date('2026-11-26T03:00:00Z');

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, now);
  await seedDemoInitiatives(db.current.prisma, now);
  await seedDemoInitiatives(db.current.prisma, now); // a second run adds nothing
});

describe('demo initiatives', () => {
  it('2024-2025: scored, minutes and decision issued (one recognised, one not); 2026-2027: one submitted', async () => {
    const prisma = db.current.prisma;
    const rows = await prisma.initiativeRecord.findMany({ where: { source: 'submission' }, orderBy: { title: 'asc' } });
    expect(rows.map((r) => [r.startYear, r.status, r.grade])).toEqual([
      [2024, 'recognised', 'A'],
      [2024, 'not_recognised', null],
      [2026, 'submitted', null],
    ]);
    const docs = await prisma.issuedDocument.findMany({ where: { subject: { in: ['InitiativeDecision', 'InitiativeMinutes'] } } });
    expect(docs.map((d) => d.subject).sort()).toEqual(['InitiativeDecision', 'InitiativeMinutes']);
    expect(await prisma.initiativeScore.count()).toBe(4);
  });
});
