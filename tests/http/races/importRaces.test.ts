// Issue 10 §3: N identical concurrent "confirm" posts (N = 2, 10, 50) of a previewed staff or history import apply
// it exactly once — one set of rows, one audit row — with only redirects or clean 409 answers (never a 500).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../../support/factories.ts';
import { concurrentPosts, expectCleanRaceResponses } from '../../support/concurrentPosts.ts';
import { staffRows, workbookOf } from '../../support/staffWorkbooks.ts';
import { buildTestApp, testClock } from '../../support/testApp.ts';
import { useTestDatabase } from '../../support/testDatabase.ts';
import { buildWorkflowSchool, signedInPerson } from '../../support/workflowFactories.ts';
import { historyWorkbook } from '../../unit/history-import/historyFixtures.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let secretary: Awaited<ReturnType<typeof signedInPerson>>;
const prisma = () => db.current.prisma;
const audits = (action: string, subjectId: string) => prisma().auditEvent.count({ where: { action, subjectId } });

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  const app = buildTestApp(db.current, clock).app;
  secretary = await signedInPerson(app, prisma(), w.school.id, { role: 'secretary', schoolYearId: w.year.id });
}, 120_000);

describe.each([2, 10, 50])('%i identical concurrent posts', (n) => {
  it('staff import confirm: the staff created once, one apply audit row', async () => {
    const rows = staffRows(3, []).map((r, i) => ({ ...r, code: `R${n}${i}` }));
    const batch = await prisma().importBatch.create({
      data: { schoolId: w.school.id, userId: secretary.userId, kind: 'staff', fileName: 'nhan-su.xlsx', content: new Uint8Array(await workbookOf(rows)) },
    });
    const res = await concurrentPosts({ agent: secretary.agent, page: `/staff/import/${batch.id}` }, `/staff/import/${batch.id}/confirm`, {}, n);
    expectCleanRaceResponses(res);
    expect(await prisma().staff.count({ where: { schoolId: w.school.id, code: { startsWith: `R${n}` } } })).toBe(3);
    expect(await audits('import.apply', batch.id)).toBe(1);
    expect((await prisma().importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe('applied');
  });

  it('history import confirm: the records written once, one audit row', async () => {
    const codes = [`HR${n}1`, `HR${n}2`];
    for (const code of codes) await buildStaff(prisma(), w.school.id, { code });
    const file = await historyWorkbook({ 'Hồ sơ năm học': codes.map((code) => [code, '2024-2025', 'HTTNV', 12, 0, 0, null, 'Có']) });
    const batch = await prisma().importBatch.create({
      data: { schoolId: w.school.id, userId: secretary.userId, kind: 'history', fileName: 'qua-trinh.xlsx', content: new Uint8Array(file) },
    });
    const res = await concurrentPosts({ agent: secretary.agent, page: `/history/import/${batch.id}` }, `/history/import/${batch.id}/confirm`, {}, n);
    expectCleanRaceResponses(res);
    expect(await prisma().staffYearRecord.count({ where: { schoolId: w.school.id, staff: { code: { in: codes } } } })).toBe(2);
    expect(await audits('history.import', batch.id)).toBe(1);
  });
});
