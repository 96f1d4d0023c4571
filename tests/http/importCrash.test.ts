// Issue 9 §5: a history import killed between claim and apply (the batch left in "applying") is released at
// start-up and can then be confirmed; it is applied exactly once.
import { beforeAll, describe, expect, it } from 'vitest';
import { releaseCrashedImports } from '../../src/features/imports/releaseCrashedImports.ts';
import { buildStaff } from '../support/factories.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';
import { historyWorkbook } from '../unit/history-import/historyFixtures.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let secretary: Awaited<ReturnType<typeof signedInPerson>>;
let file: Buffer;

beforeAll(async () => {
  const prisma = db.current.prisma;
  w = await buildWorkflowSchool(prisma);
  const app = buildTestApp(db.current, clock).app;
  secretary = await signedInPerson(app, prisma, w.school.id, { role: 'secretary', schoolYearId: w.year.id });
  for (const code of ['H001', 'H002', 'H003']) await buildStaff(prisma, w.school.id, { code });
  file = await historyWorkbook({
    'Hồ sơ năm học': ['H001', 'H002', 'H003'].map((code) => [code, '2024-2025', 'HTTNV', 12, 0, 0, null, 'Có']),
    'Danh hiệu, khen thưởng': [['H001', null, '2024-2025', 'Lao động tiên tiến', '12/QĐ-UBND', new Date(Date.UTC(2025, 6, 10)), 'UBND phường']],
  });
});

describe('a history import whose process died between claim and apply', () => {
  it('is refused while stuck, released at start-up (audited), then confirmed once and only once', async () => {
    const prisma = db.current.prisma;
    const batch = await prisma.importBatch.create({
      data: { schoolId: w.school.id, userId: secretary.userId, kind: 'history', fileName: 'qua-trinh.xlsx', content: new Uint8Array(file), status: 'applying' },
    });
    const url = `/history/import/${batch.id}`;
    const csrf = csrfFrom((await secretary.agent.get('/history/import')).text);

    const stuck = await secretary.agent.post(`${url}/confirm`).type('form').send({ _csrf: csrf });
    expect(stuck.status).toBe(409);
    expect(await prisma.staffYearRecord.count({ where: { schoolId: w.school.id } })).toBe(0);

    expect(await releaseCrashedImports(prisma, clock.now)).toBe(1);
    expect((await prisma.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe('pending');
    expect(await prisma.auditEvent.count({ where: { action: 'import.release', subjectId: batch.id } })).toBe(1);
    expect(await releaseCrashedImports(prisma, clock.now)).toBe(0);

    const confirmed = await secretary.agent.post(`${url}/confirm`).type('form').send({ _csrf: csrf });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.location).toBe('/eligibility');
    const again = await secretary.agent.post(`${url}/confirm`).type('form').send({ _csrf: csrf });
    expect(again.status).toBe(409);

    expect(await prisma.staffYearRecord.count({ where: { schoolId: w.school.id } })).toBe(3);
    expect(await prisma.awardRecord.count({ where: { schoolId: w.school.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'history.import', subjectId: batch.id } })).toBe(1);
    expect(await prisma.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: 'applied', appliedAt: clock.now });
  });

  it('a confirm refused by the re-check inside its transaction leaves the batch pending and writes nothing', async () => {
    const prisma = db.current.prisma;
    const batch = await prisma.importBatch.create({
      data: { schoolId: w.school.id, userId: secretary.userId, kind: 'history', fileName: 'qua-trinh.xlsx', content: new Uint8Array(file) },
    });
    // The staff member disappears between preview and confirm: the re-parse inside the transaction refuses the file.
    const gone = await prisma.staff.create({
      data: { schoolId: w.school.id, code: 'H404', fullName: 'Tạm thời', searchName: 'tam thoi', gender: 'male', position: 'GV', contractType: 'contract' },
    });
    const withGone = await historyWorkbook({ 'Hồ sơ năm học': [['H404', '2023-2024', 'HTTNV', 12, 0, 0, null, 'Có']] });
    await prisma.importBatch.update({ where: { id: batch.id }, data: { content: new Uint8Array(withGone) } });
    await prisma.staff.delete({ where: { id: gone.id } });
    const csrf = csrfFrom((await secretary.agent.get('/history/import')).text);
    const res = await secretary.agent.post(`/history/import/${batch.id}/confirm`).type('form').send({ _csrf: csrf });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/history/import/${batch.id}`);
    expect((await prisma.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe('pending');
    expect(await prisma.staffYearRecord.count({ where: { schoolId: w.school.id, startYear: 2023 } })).toBe(0);
  });
});
