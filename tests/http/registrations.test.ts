// Registering over HTTP on a school with five years of history (clock: 26/11/2026, inside the supplementary window
// 20/11–05/12): the engine's warnings on the form, the window, who sees whose registration, and late registrations.
// Reviewing is tests/http/registrationReview.test.ts, collectives and follow-up registrationFollowUp.test.ts. Every
// test builds its own school (buildHistorySchool) and takes, over HTTP, the steps that precede what it asserts, so
// each test passes alone and in any order.
import { describe, expect, it } from 'vitest';
import { freshSchool as registrationSchool, submit, teacherSubmits, useRegistrationApps } from '../support/registrationWorld.ts';
import { csrfFrom } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
const apps = useRegistrationApps(db);
const freshSchool = () => registrationSchool(db, apps);

describe('the rules engine warns about impossible targets while filling the form', () => {
  it('warns a teacher without previous CSTĐCS years about CSTĐ Thành phố, not one who has them', async () => {
    const s = await freshSchool();
    const teacher = await (await s.as('giaovien')).get('/registrations/new');
    expect(teacher.text).toMatch(/id="warn-CSTD_TP">Không thể đạt trong năm học này: [^<]*CSTĐCS năm học 2024-2025/);
    const star = await (await s.as('uyvien')).get('/registrations/new');
    expect(star.status).toBe(200);
    expect(star.text).not.toContain('id="warn-CSTD_TP"');
  });
});

describe('windows', () => {
  it('after the window closes, submitting is refused with a Vietnamese message and nothing is saved', async () => {
    const s = await freshSchool();
    const late = await s.as('giaovien', apps.closed);
    const res = await submit(late, { titles: ['LDTT'], commitments: 'Hoàn thành tốt nhiệm vụ' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Đã hết thời gian đăng ký.');
    expect(res.text).toContain('Hoàn thành tốt nhiệm vụ'); // what was typed is kept
    expect(await s.regOf('GV005')).toEqual([]);
  });

  it("the secretary registers late on someone's behalf with a reason, audited", async () => {
    const s = await freshSchool();
    const secretary = await s.as('thuky', apps.closed);
    const form = await secretary.get('/registrations/late');
    const missing = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('NV005'), titles: 'LDTT' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Vui lòng nhập lý do đăng ký bổ sung.');
    const ok = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('NV005'), titles: 'LDTT', lateReason: 'Nghỉ ốm trong đợt đăng ký' });
    expect(ok.status).toBe(302);
    const [reg] = await s.regOf('NV005');
    expect(reg).toMatchObject({ status: 'submitted', lateReason: 'Nghỉ ốm trong đợt đăng ký', titles: ['LDTT'] });
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'registration.late', subjectId: reg!.id } })).toBe(1);
  });
});

describe('who sees what', () => {
  it('a teacher sees and edits only her own; her group leader sees it; a teacher of another group gets 404', async () => {
    const s = await freshSchool();
    const teacher = await s.as('giaovien');
    const res = await submit(teacher, { titles: ['LDTT', 'CSTDCS'], commitments: 'Dạy tốt' });
    expect(res.status).toBe(302);
    const url = res.headers.location!;
    expect((await teacher.get(url)).status).toBe(200);
    const leader = await s.as('uyvien');
    expect((await leader.get(`${url}?view=1`)).status).toBe(200); // Phạm Thị Lan leads Tổ khối 1
    expect((await leader.get('/registrations')).text).toContain(`href="${url}?view=1">Hoàng Thị Mai</a>`);
    const outsider = await s.outsider();
    expect((await outsider.get(url)).status).toBe(404);
    expect((await outsider.get(`${url}?view=1`)).status).toBe(404);
  });

  it('double-clicking submit or two tabs produce one registration', async () => {
    const s = await freshSchool();
    const tab1 = await s.as('chutich');
    const tab2 = await s.as('chutich');
    const [p1, p2] = await Promise.all([tab1.get('/registrations/new'), tab2.get('/registrations/new')]);
    const body = { subject: 'staff', action: 'submit', titles: ['LDTT'] };
    const results = await Promise.all([
      tab1
        .post('/registrations')
        .type('form')
        .send({ ...body, _csrf: csrfFrom(p1.text) }),
      tab1
        .post('/registrations')
        .type('form')
        .send({ ...body, _csrf: csrfFrom(p1.text) }),
      tab2
        .post('/registrations')
        .type('form')
        .send({ ...body, _csrf: csrfFrom(p2.text) }),
    ]);
    expect(results.every((r) => r.status === 302)).toBe(true);
    expect((await s.regOf('GV001')).length).toBe(1);
  });
});

describe('late registration never overwrites', () => {
  it('refuses a late registration for someone who already submitted, keeping theirs intact', async () => {
    const s = await freshSchool();
    await teacherSubmits(s);
    const [before] = await s.regOf('GV005');
    const secretary = await s.as('thuky', apps.closed);
    const form = await secretary.get('/registrations/late');
    const res = await secretary
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: s.idOf('GV005'), titles: 'LDTT', lateReason: 'Nhầm' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Cán bộ này đã gửi đăng ký');
    const [after] = await s.regOf('GV005');
    expect(after).toEqual(before);
  });
});
