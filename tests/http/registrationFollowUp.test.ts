// Registrations after the review, over HTTP on a school with five years of history (clock: 26/11/2026): the group
// leader registers the collective, every transition is audited, the teacher's evidence and the leader's progress
// notes, and next year's registration copied forward. Every test builds its own school (buildHistorySchool) and
// takes, over HTTP, the steps that precede what it asserts, so each test passes alone and in any order.
import { describe, expect, it } from 'vitest';
import { withChoiceLists, withChoices } from '../../src/features/registrations/registrationChoices.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { freshSchool as registrationSchool, teacherSubmits, threeReviewed, useRegistrationApps } from '../support/registrationWorld.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const apps = useRegistrationApps(db);
const freshSchool = () => registrationSchool(db, apps);

describe('collectives, follow-up and copy forward', () => {
  it('the group leader registers the collective; every transition of a registration is audited', async () => {
    const s = await freshSchool();
    await threeReviewed(s);
    const leader = await s.as('uyvien');
    const page = await leader.get('/registrations/new?subject=collective');
    expect(page.text).toContain('Đăng ký thi đua của tổ năm học 2026-2027');
    const res = await leader
      .post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), subject: 'collective', action: 'submit', titles: 'TTLDTT' });
    expect(res.status).toBe(302);
    const collective = await db.current.prisma.collective.findFirstOrThrow({ where: { schoolId: s.schoolId, name: 'Tổ khối 1' } });
    const reg = withChoiceLists(await db.current.prisma.registration.findFirstOrThrow({ where: { collectiveId: collective.id }, include: withChoices }));
    expect(reg).toMatchObject({ subject: 'collective', status: 'submitted', titles: ['TTLDTT'] });
    expect((await (await s.as('giaovien')).get(`/registrations/${reg.id}`)).status).toBe(404); // a member is not its owner
    const [mine] = await s.regOf('GV005');
    const actions = (await db.current.prisma.auditEvent.findMany({ where: { subjectId: mine!.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['registration.submit', 'registration.return', 'registration.submit', 'registration.approve']);
  });

  it('the teacher adds evidence against her commitments; her group leader marks progress; the page shows both side by side', async () => {
    const s = await freshSchool();
    await teacherSubmits(s, { initiativeTitle: 'Dạy học phân hóa lớp 1' });
    const [reg] = await s.regOf('GV005');
    const teacher = await s.as('giaovien');
    const view = await teacher.get(`/registrations/${reg!.id}?view=1`);
    const token = csrfFrom(view.text);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
    const added = await teacher
      .post(`/registrations/${reg!.id}/evidence`)
      .field('_csrf', token)
      .field('text', 'Dự giờ 12 tiết, đạt loại giỏi')
      .attach('file', pdf, 'minh-chung.pdf');
    expect(added.status).toBe(302);
    const denied = await teacher.post(`/registrations/${reg!.id}/progress`).type('form').set('Accept', 'text/html').send({ _csrf: token, note: 'Tự đánh giá' });
    expect(denied.status).toBe(403);
    const leader = await s.as('uyvien');
    const leaderView = await leader.get(`/registrations/${reg!.id}?view=1`);
    await leader
      .post(`/registrations/${reg!.id}/progress`)
      .type('form')
      .send({ _csrf: csrfFrom(leaderView.text), note: 'Đúng tiến độ cam kết' });
    const shown = await teacher.get(`/registrations/${reg!.id}?view=1`);
    expect(shown.text).toContain('Dạy học phân hóa lớp 1'); // registered…
    expect(shown.text).toContain('Dự giờ 12 tiết, đạt loại giỏi'); // …and evidence side by side
    expect(shown.text).toContain('Đúng tiến độ cam kết');
    const fileId = /\/registrations\/files\/([0-9a-f-]{36})/.exec(shown.text)![1]!;
    expect((await teacher.get(`/registrations/files/${fileId}`)).status).toBe(200);
    const outsider = await s.outsider();
    expect((await outsider.get(`/registrations/files/${fileId}`)).status).toBe(404);
  });

  it("next year, a teacher starts from last year's registration", async () => {
    const s = await freshSchool();
    await teacherSubmits(s);
    await db.current.prisma.schoolYear.create({
      data: {
        schoolId: s.schoolId,
        startYear: 2027,
        startsOn: new Date('2027-09-01'),
        endsOn: new Date('2028-08-31'),
        evaluationDate: new Date('2028-05-31'),
        governingBody: 'UBND PHƯỜNG LONG BIÊN',
        upperCouncil: 'HĐTĐKT phường',
      },
    });
    const future = agentFor(buildTestApp(db.current, testClock('2027-10-01T03:00:00Z')).app);
    await loginAs(future, s.U.giaovien!, TEST_PASSWORD);
    const copied = await future.get('/registrations/new?copy=1');
    expect(copied.text).toContain('Đã điền sẵn từ đăng ký năm trước');
    expect(copied.text).toMatch(/value="CSTDCS" checked/);
  });
});
