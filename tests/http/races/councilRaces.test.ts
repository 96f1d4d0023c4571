// Issue 10 §3: N identical concurrent posts (N = 2, 10, 50) on the council's workflow commands — plan submit and
// approve, movement launch and close, a register number, a council decision, the year freeze and a rule override —
// give exactly one effect and one audit row, and only 2xx/3xx or clean 409 answers (never a 500).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../../src/generated/prisma/client.ts';
import { emptyPlanSkeleton } from '../../../src/features/plans/planSkeleton.ts';
import { concurrentPosts, expectCleanRaceResponses } from '../../support/concurrentPosts.ts';
import { buildTestApp, testClock } from '../../support/testApp.ts';
import { useTestDatabase } from '../../support/testDatabase.ts';
import { buildMovement } from '../../support/visibilityFactories.ts';
import { buildWorkflowSchool, signedInPerson } from '../../support/workflowFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let app: ReturnType<typeof buildTestApp>['app'];
let chair: Awaited<ReturnType<typeof signedInPerson>>;
let secretary: Awaited<ReturnType<typeof signedInPerson>>;
let admin: Awaited<ReturnType<typeof signedInPerson>>;
const prisma = () => db.current.prisma;
const audits = (action: string, subjectId: string) => prisma().auditEvent.count({ where: { action, subjectId } });

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  app = buildTestApp(db.current, clock).app;
  chair = await signedInPerson(app, prisma(), w.school.id, { role: 'chair', schoolYearId: w.year.id });
  secretary = await signedInPerson(app, prisma(), w.school.id, { role: 'secretary', schoolYearId: w.year.id });
  admin = await signedInPerson(app, prisma(), w.school.id, { isAdmin: true });
}, 120_000);

async function buildPlan(year: number, status: 'draft' | 'submitted') {
  const { title, content } = emptyPlanSkeleton(year, 'Nguyễn Thúy Hà');
  return prisma().plan.create({
    data: {
      schoolId: w.school.id,
      year,
      title,
      content: content as unknown as Prisma.InputJsonValue,
      basedOn: [],
      anniversaries: [],
      roleDuties: [],
      status,
      ...(status === 'submitted' ? { submittedAt: clock.now } : {}),
    },
  });
}

describe.each([2, 10, 50])('%i identical concurrent posts', (n) => {
  it('plan submit: submitted once, one audit row', async () => {
    const plan = await buildPlan(2030 + n, 'draft');
    const res = await concurrentPosts({ agent: secretary.agent, page: `/plans/${plan.id}` }, `/plans/${plan.id}/submit`, {}, n);
    expectCleanRaceResponses(res);
    expect((await prisma().plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('submitted');
    expect(await audits('plan.submit', plan.id)).toBe(1);
  });

  it('plan approve: one version, one KH number, one audit row', async () => {
    const plan = await buildPlan(2100 + n, 'submitted');
    const res = await concurrentPosts({ agent: chair.agent, page: `/plans/${plan.id}/approve` }, `/plans/${plan.id}/approve`, {}, n);
    expectCleanRaceResponses(res);
    expect(await prisma().planVersion.count({ where: { planId: plan.id } })).toBe(1);
    expect(await prisma().issuedDocument.count({ where: { subject: 'Plan', subjectId: plan.id } })).toBe(1);
    expect(await audits('plan.approve', plan.id)).toBe(1);
  });

  it('movement launch and close: each step once, one audit row each, one launch notice per person', async () => {
    const movement = await buildMovement(prisma(), w.school.id);
    const page = `/movements/${movement.id}`;
    const launch = await concurrentPosts({ agent: chair.agent, page }, `${page}/status`, { status: 'launched', summary: '' }, n);
    expectCleanRaceResponses(launch);
    expect(await prisma().notification.count({ where: { userId: secretary.userId, link: page } })).toBe(1);
    await prisma().movement.update({ where: { id: movement.id }, data: { status: 'midterm_reviewed' } });
    const close = await concurrentPosts({ agent: chair.agent, page }, `${page}/status`, { status: 'closed', summary: 'Tổng kết phong trào' }, n);
    expectCleanRaceResponses(close);
    expect((await prisma().movement.findUniqueOrThrow({ where: { id: movement.id } })).status).toBe('closed');
    const steps = await prisma().auditEvent.findMany({ where: { action: 'movement.status', subjectId: movement.id } });
    expect(steps.map((s) => (s.after as { status: string }).status).sort()).toEqual(['closed', 'launched']);
  });

  it('register: the same document numbered once, one audit row', async () => {
    const title = `Công văn về thi đua đợt ${n}`;
    const res = await concurrentPosts({ agent: secretary.agent, page: '/register' }, '/register', { type: 'CV', title, issuedOn: '26/11/2026' }, n);
    expectCleanRaceResponses(res);
    const docs = await prisma().issuedDocument.findMany({ where: { schoolId: w.school.id, title } });
    expect(docs).toHaveLength(1);
    expect(await audits('register.issue', docs[0]!.id)).toBe(1);
  });

  it('council decision: the same decision posted again is recorded once (idempotent), one audit row', async () => {
    const number = `${n}/QĐ-HT`;
    const form = {
      number,
      signedOn: `${String(n % 28).padStart(2, '0')}/11/2026`,
      [`members[${chair.staffId}]`]: 'chair',
      [`members[${secretary.staffId}]`]: 'secretary',
    };
    const res = await concurrentPosts({ agent: chair.agent, page: `/council/2026/decisions/new` }, '/council/2026/decisions', form, n);
    expectCleanRaceResponses(res);
    expect(res.every((r) => r.status === 302)).toBe(true); // a repeat is the same decision, not an error
    const decisions = await prisma().councilDecision.findMany({ where: { schoolId: w.school.id, number } });
    expect(decisions).toHaveLength(1);
    expect(await audits('council.decision.create', decisions[0]!.id)).toBe(1);
    expect(await prisma().councilMembership.count({ where: { schoolId: w.school.id, role: 'chair', validTo: null } })).toBe(1);
  });

  it('year freeze: frozen once, one audit row', async () => {
    const startYear = { 2: 2024, 10: 2025, 50: 2026 }[n]!;
    const page = `/eligibility/${startYear}`;
    const res = await concurrentPosts({ agent: chair.agent, page }, `${page}/freeze`, { decisionRef: 'Biên bản họp HĐTĐKT', confirm: 'on' }, n);
    expectCleanRaceResponses(res);
    const frozen = await prisma().frozenEvaluation.findMany({ where: { schoolId: w.school.id, startYear } });
    expect(frozen).toHaveLength(1);
    expect(await audits('eligibility.freeze', frozen[0]!.id)).toBe(1);
  });

  it('rule override: the same change stored once, one audit row', async () => {
    const reason = `Nghị quyết hội đồng lần ${n}`;
    const res = await concurrentPosts(
      { agent: admin.agent, page: '/rules' },
      '/rules/luat2022-nd152-2025/parameters/ldtt.maxLeaveDays',
      { value: String(n), effectiveFrom: '01/09/2026', reason },
      n,
    );
    expectCleanRaceResponses(res);
    const rows = await prisma().ruleParameterOverride.findMany({ where: { schoolId: w.school.id, reason } });
    expect(rows).toHaveLength(1);
    expect(await audits('rules.parameter.change', rows[0]!.id)).toBe(1);
  });
});
