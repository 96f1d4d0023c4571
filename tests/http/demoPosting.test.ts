// The demo school's 2024-2025 posting and complaint: the approved list posted for 5 working days with a parent's
// accepted comment (which reaches the dossier input), and a settled complaint with its numbered reply letter.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCouncilCycle } from '../../src/db/seed/seedDemoCouncilCycle.ts';
import { seedDemoPosting } from '../../src/db/seed/seedDemoPosting.ts';
import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';
import { loadDossierInput } from '../../src/features/dossiers/loadDossierInput.ts';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
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
    expect(complaints[0]!.acceptedOn?.toISOString().slice(0, 10)).toBe('2025-05-28');
  });

  it('the secretary finds it on the complaints page of 2024-2025 (the current year is shown first, with a year picker)', async () => {
    const { app } = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'));
    const secretary = agentFor(app);
    await loginAs(secretary, 'thuky', 'thidua2024');
    const current = await secretary.get('/complaints');
    expect(current.text).toContain('năm học 2026-2027');
    expect(current.text).toContain('<option value="2024"');
    const earlier = await secretary.get('/complaints?year=2024');
    expect(earlier.text).toContain('năm học 2024-2025');
    expect(earlier.text).toContain('Đỗ Văn Kiên');
    expect((await secretary.get('/complaints?year=abc')).status).toBe(200); // an unknown year shows the current one
  });
});
