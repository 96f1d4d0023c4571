// Issue 10 §8: a registration naming neither a title nor a form is refused on submit (422 beside the field, what was
// typed kept), on late registration, and can never be approved through the review path.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let app: ReturnType<typeof buildTestApp>['app'];

beforeAll(async () => {
  w = await buildWorkflowSchool(db.current.prisma);
  app = buildTestApp(db.current, clock).app;
});

describe('as a teacher, submitting with nothing chosen', () => {
  it('is refused with a Vietnamese message beside the titles, keeps the commitments typed, and saves nothing', async () => {
    const teacher = await signedInPerson(app, db.current.prisma, w.school.id);
    const form = await teacher.agent.get('/registrations/new');
    const res = await teacher.agent
      .post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), subject: 'staff', action: 'submit', commitments: 'Dạy tốt, học tốt' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/<p class="field__error" id="err-titles">Vui lòng chọn ít nhất một danh hiệu thi đua hoặc hình thức khen thưởng\.<\/p>/);
    expect(res.text).toContain('Dạy tốt, học tốt');
    expect(await db.current.prisma.registration.count({ where: { staffId: teacher.staffId } })).toBe(0);
  });

  it('may still save an empty draft, but not submit it later', async () => {
    const teacher = await signedInPerson(app, db.current.prisma, w.school.id);
    const form = await teacher.agent.get('/registrations/new');
    const saved = await teacher.agent
      .post('/registrations')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), subject: 'staff', action: 'save' });
    expect(saved.status).toBe(302);
    const reg = await db.current.prisma.registration.findFirstOrThrow({ where: { staffId: teacher.staffId } });
    const submit = await teacher.agent
      .post(`/registrations/${reg.id}`)
      .type('form')
      .send({ _csrf: csrfFrom(form.text), action: 'submit', revision: String(reg.revision) });
    expect(submit.status).toBe(422);
    expect((await db.current.prisma.registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe('draft');
  });
});

describe('as the secretary, a late registration with nothing chosen', () => {
  it('is refused with the message beside the titles and the reason kept', async () => {
    const secretary = await signedInPerson(app, db.current.prisma, w.school.id, { role: 'secretary', schoolYearId: w.year.id });
    const teacher = await signedInPerson(app, db.current.prisma, w.school.id);
    const form = await secretary.agent.get('/registrations/late');
    const res = await secretary.agent
      .post('/registrations/late')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), staffId: teacher.staffId, lateReason: 'Nghỉ ốm trong đợt đăng ký' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('id="err-titles">Vui lòng chọn ít nhất một danh hiệu thi đua hoặc hình thức khen thưởng.');
    expect(res.text).toContain('Nghỉ ốm trong đợt đăng ký');
    expect(await db.current.prisma.registration.count({ where: { staffId: teacher.staffId } })).toBe(0);
  });
});

describe('as a reviewer, an empty registration already awaiting review', () => {
  it('cannot be approved (409 with the reason), is skipped by bulk approval, and can be returned', async () => {
    const reviewer = await signedInPerson(app, db.current.prisma, w.school.id, { role: 'vice_chair', schoolYearId: w.year.id });
    const owner = await signedInPerson(app, db.current.prisma, w.school.id);
    const reg = await buildRegistration(db.current.prisma, { schoolId: w.school.id, schoolYearId: w.year.id, staffId: owner.staffId, titles: [] });
    const csrf = csrfFrom((await reviewer.agent.get('/registrations/review')).text);
    const single = await reviewer.agent.post(`/registrations/${reg.id}/review`).type('form').send({ _csrf: csrf, decision: 'approve', reason: '' });
    expect(single.status).toBe(409);
    expect(single.text).toContain('Đăng ký chưa chọn danh hiệu hay hình thức khen thưởng nào nên không thể duyệt.');
    const bulk = await reviewer.agent
      .post('/registrations/review/approve')
      .type('form')
      .send({ _csrf: csrf, ids: [reg.id] });
    expect(bulk.status).toBe(302);
    expect((await db.current.prisma.registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe('submitted');
    const back = await reviewer.agent
      .post(`/registrations/${reg.id}/review`)
      .type('form')
      .send({ _csrf: csrf, decision: 'return', reason: 'Chưa chọn danh hiệu' });
    expect(back.status).toBe(302);
    expect((await db.current.prisma.registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe('returned');
  });
});
