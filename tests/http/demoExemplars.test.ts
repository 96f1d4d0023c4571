// The demo school's 2024-2025 exemplars: a pupil's good deed published with the parent's consent (on the public
// page), a teacher's exemplar left as a draft (not on it).
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoExemplars } from '../../src/db/seed/seedDemoExemplars.ts';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { agentFor, buildTestApp } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, new Date('2026-11-26T03:00:00Z'));
  await seedDemoExemplars(db.current.prisma);
  await seedDemoExemplars(db.current.prisma); // a second run adds nothing
});

describe('demo exemplars 2024-2025', () => {
  it('one published with a recorded consent, one draft; only the published one is on the public page', async () => {
    const prisma = db.current.prisma;
    const rows = await prisma.exemplar.findMany({ orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.status, r.consentBy !== null])).toEqual([
      ['published', true],
      ['draft', false],
    ]);
    const school = await prisma.school.findFirstOrThrow();
    const page = await agentFor(buildTestApp(db.current).app).get(`/cong-khai/${school.code}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Nhặt được ví tiền, trả lại người đánh mất');
    expect(page.text).not.toContain('Tận tụy kèm học sinh có hoàn cảnh khó khăn');
  });
});
