// Issue 10 §3: N identical concurrent posts (N = 2, 10, 50) on every registration workflow route give exactly one
// effect — one state change, one audit row, one notification — and only 2xx/3xx or clean 409 answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { concurrentPosts, expectCleanRaceResponses } from '../../support/concurrentPosts.ts';
import { buildTestApp, testClock } from '../../support/testApp.ts';
import { useTestDatabase } from '../../support/testDatabase.ts';
import { buildRegistration, buildWorkflowSchool, signedInPerson } from '../../support/workflowFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let app: ReturnType<typeof buildTestApp>['app'];
const prisma = () => db.current.prisma;
const audits = (action: string, subjectId: string) => prisma().auditEvent.count({ where: { action, subjectId } });
const notices = (userId: string) => prisma().notification.count({ where: { userId, kind: 'registration' } });

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  app = buildTestApp(db.current, clock).app;
});

const reviewer = () => signedInPerson(app, prisma(), w.school.id, { role: 'vice_chair', schoolYearId: w.year.id });
const submittedBy = async () => {
  const owner = await signedInPerson(app, prisma(), w.school.id);
  const reg = await buildRegistration(prisma(), { schoolId: w.school.id, schoolYearId: w.year.id, staffId: owner.staffId });
  return { owner, reg };
};

describe.each([2, 10, 50])('%i identical concurrent posts', (n) => {
  it('registration submit: one registration, one submit audit row', async () => {
    const teacher = await signedInPerson(app, prisma(), w.school.id);
    const res = await concurrentPosts(
      { agent: teacher.agent, page: '/registrations/new' },
      '/registrations',
      { subject: 'staff', action: 'submit', titles: 'LDTT', commitments: 'Dạy tốt' },
      n,
    );
    expectCleanRaceResponses(res);
    const regs = await prisma().registration.findMany({ where: { staffId: teacher.staffId } });
    expect(regs.map((r) => r.status)).toEqual(['submitted']);
    expect(await audits('registration.submit', regs[0]!.id)).toBe(1);
  });

  it('registration approve: one approval, one audit row, one notification', async () => {
    const { owner, reg } = await submittedBy();
    const res = await concurrentPosts(await reviewer(), `/registrations/${reg.id}/review`, { decision: 'approve', reason: '' }, n);
    expectCleanRaceResponses(res);
    expect(res.filter((r) => r.status === 302)).toHaveLength(1);
    expect(await audits('registration.approve', reg.id)).toBe(1);
    expect(await notices(owner.userId)).toBe(1);
  });

  it('registration return: one return, one audit row, one notification', async () => {
    const { owner, reg } = await submittedBy();
    const res = await concurrentPosts(await reviewer(), `/registrations/${reg.id}/review`, { decision: 'return', reason: 'Bổ sung minh chứng' }, n);
    expectCleanRaceResponses(res);
    expect((await prisma().registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe('returned');
    expect(await audits('registration.return', reg.id)).toBe(1);
    expect(await notices(owner.userId)).toBe(1);
  });

  it('bulk approve, one session and two reviewers at once: each registration approved once, one audit row and one notification each', async () => {
    const a = await submittedBy();
    const b = await submittedBy();
    const [first, second] = [await reviewer(), await reviewer()];
    const res = await concurrentPosts([first, second], '/registrations/review/approve', { ids: [b.reg.id, a.reg.id] }, n);
    expectCleanRaceResponses(res);
    for (const x of [a, b]) {
      expect((await prisma().registration.findUniqueOrThrow({ where: { id: x.reg.id } })).status).toBe('approved');
      expect(await audits('registration.approve', x.reg.id)).toBe(1);
      expect(await notices(x.owner.userId)).toBe(1);
    }
  });

  it('late registration by the secretary: one registration, one audit row; the repeats get a clean 409 page', async () => {
    const secretary = await signedInPerson(app, prisma(), w.school.id, { role: 'secretary', schoolYearId: w.year.id });
    const teacher = await signedInPerson(app, prisma(), w.school.id);
    const res = await concurrentPosts(
      { agent: secretary.agent, page: '/registrations/late' },
      '/registrations/late',
      { staffId: teacher.staffId, titles: 'LDTT', lateReason: 'Nghỉ ốm' },
      n,
    );
    expectCleanRaceResponses(res);
    const regs = await prisma().registration.findMany({ where: { staffId: teacher.staffId } });
    expect(regs).toHaveLength(1);
    expect(await audits('registration.late', regs[0]!.id)).toBe(1);
  });

  it('follow-up: the same evidence and the same progress note are recorded once', async () => {
    const leader = await signedInPerson(app, prisma(), w.school.id, { leads: true });
    const group = await prisma().collective.findFirstOrThrow({ where: { leaderStaffId: leader.staffId } });
    const owner = await signedInPerson(app, prisma(), w.school.id);
    await prisma().staff.update({ where: { id: owner.staffId }, data: { collectiveId: group.id } });
    const reg = await buildRegistration(prisma(), { schoolId: w.school.id, schoolYearId: w.year.id, staffId: owner.staffId, status: 'approved' });
    const page = `/registrations/${reg.id}?view=1`;
    expectCleanRaceResponses(await concurrentPosts({ agent: owner.agent, page }, `/registrations/${reg.id}/evidence`, { text: 'Giáo án mẫu' }, n));
    expect(await prisma().registrationEvidence.count({ where: { registrationId: reg.id } })).toBe(1);
    expect(await audits('registration.evidence', reg.id)).toBe(1);
    expectCleanRaceResponses(await concurrentPosts({ agent: leader.agent, page }, `/registrations/${reg.id}/progress`, { note: 'Đạt tiến độ' }, n));
    expect(await audits('registration.progress', reg.id)).toBe(1);
  });
});
