// The demo school's 2024-2025 posting and complaint: the approved list posted for 5 working days with a parent's
// accepted comment (which reaches the dossier input), and a settled complaint with its numbered reply letter.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCouncilCycle } from '../../src/db/seed/seedDemoCouncilCycle.ts';
import { seedDemoPosting } from '../../src/db/seed/seedDemoPosting.ts';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { loadDossierInput } from '../../src/features/dossiers/loadDossierInput.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();

beforeAll(async () => {
  await seedDemoSchool(db.current.prisma, new Date('2026-11-26T03:00:00Z'));
  await seedDemoCouncilCycle(db.current.prisma);
  await seedDemoPosting(db.current.prisma);
  await seedDemoPosting(db.current.prisma); // a second run adds nothing
});

describe('demo posting and complaint 2024-2025', () => {
  it('the approved list is posted 22/05–28/05/2025 with one accepted public comment, which the dossier lists', async () => {
    const prisma = db.current.prisma;
    const postings = await prisma.publicPosting.findMany({ include: { comments: true } });
    expect(postings).toHaveLength(1);
    const [p] = postings;
    expect([p!.startsOn.toISOString().slice(0, 10), p!.endsOn.toISOString().slice(0, 10)]).toEqual(['2025-05-22', '2025-05-28']);
    expect(p!.comments.map((c) => [c.source, c.status])).toEqual([['public', 'accepted']]);
    const school = await prisma.school.findFirstOrThrow();
    const { input } = await loadDossierInput(prisma, { schoolId: school.id, startYear: 2024, version: 1 });
    expect(input.postingComments?.map((c) => c.author)).toEqual(['Ban đại diện Cha mẹ học sinh lớp 4A (ý kiến công khai)']);
  });

  it('one settled complaint about a nomination, answered by a numbered reply letter', async () => {
    const prisma = db.current.prisma;
    const complaints = await prisma.complaint.findMany({ include: { reply: true } });
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({ status: 'settled', kind: 'khieu_nai' });
    expect(complaints[0]!.reply?.symbol).toMatch(/^01\/CV-/);
    expect(complaints[0]!.reply?.snapshot).toBeTruthy();
  });
});
