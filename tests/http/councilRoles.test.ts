// Council roles belong to a school year: last year's member keeps read access to that year, not council powers now.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurrentUser } from '../../src/features/auth/currentUser.ts';
import { whyNotActAsCouncil, whyNotReadCouncilRecords } from '../../src/features/council/council.policy.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildCouncilMember, buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();
const during2025 = '2025-11-20T03:00:00Z';
let formerMember: Awaited<ReturnType<typeof buildPerson>>;
let chair: Awaited<ReturnType<typeof buildPerson>>;
let years: Awaited<ReturnType<typeof buildSchool>>;

beforeAll(async () => {
  const prisma = db.current.prisma;
  years = await buildSchool(prisma, { years: [2024, 2025] });
  formerMember = await buildPerson(prisma, years.school.id, { role: 'council_member', schoolYearId: years.yearOf(2024).id, fullName: 'Trần Văn Cũ' });
  chair = await buildPerson(prisma, years.school.id, { role: 'chair', schoolYearId: years.yearOf(2025).id });
  await buildCouncilMember(prisma, years.school.id, years.yearOf(2024).id, chair.staff.id, 'chair');
});

describe('council roles per school year', () => {
  it('gives council permissions only in the year of the decision', async () => {
    const in2024 = await loadCurrentUser(db.current.prisma, formerMember.user.id, new Date('2024-12-01T03:00:00Z'));
    const in2025 = await loadCurrentUser(db.current.prisma, formerMember.user.id, new Date(during2025));
    expect(in2024!.roles).toContain('council_member');
    expect(in2024!.permissions.has('ballot:cast')).toBe(true);
    expect(in2025!.roles).not.toContain('council_member');
    expect(in2025!.permissions.has('ballot:cast')).toBe(false);
  });

  it('refuses council actions in 2025-2026 to a 2024-2025 member, with a reason', () => {
    expect(whyNotActAsCouncil({ startYear: 2025, rolesThatYear: [], currentStartYear: 2025, canViewAll: false })).toEqual({
      status: 403,
      messageKey: 'council.notMemberThisYear',
    });
    expect(whyNotActAsCouncil({ startYear: 2024, rolesThatYear: ['council_member'], currentStartYear: 2025, canViewAll: false })).toEqual({
      status: 403,
      messageKey: 'council.onlyCurrentYear',
    });
    expect(whyNotActAsCouncil({ startYear: 2025, rolesThatYear: ['council_member'], currentStartYear: 2025, canViewAll: false })).toBeNull();
    expect(whyNotReadCouncilRecords({ startYear: 2024, rolesThatYear: ['council_member'], currentStartYear: 2025, canViewAll: false })).toBeNull();
  });

  it('over HTTP: the former member reads the 2024-2025 council records but not 2025-2026, and cannot manage the council', async () => {
    const app = buildTestApp(db.current, testClock(during2025)).app;
    const agent = agentFor(app);
    await loginAs(agent, formerMember.user.username, TEST_PASSWORD);
    const home = await agent.get('/');
    expect(home.text).not.toContain('Ủy viên Hội đồng');
    expect((await agent.get('/council/2024/history')).status).toBe(200);
    const now = await agent.get('/council/2025/history');
    expect(now.status).toBe(403);
    expect(now.text).toContain('Bạn không tham gia Hội đồng năm học này');
    const token = csrfFrom((await agent.get('/council/2025')).text);
    const attempt = await agent.post('/council/2025/decisions').type('form').send({ _csrf: token, number: '1/QĐ', signedOn: '2025-11-20' });
    expect(attempt.status).toBe(403);
  });

  it('the current chair records a new decision; history keeps who held which role when', async () => {
    const app = buildTestApp(db.current, testClock(during2025)).app;
    const agent = agentFor(app);
    await loginAs(agent, chair.user.username, TEST_PASSWORD);
    const form = await agent.get('/council/2025/decisions/new');
    expect(form.status).toBe(200);
    const missingChair = await agent
      .post('/council/2025/decisions')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), number: '15/QĐ-TH', signedOn: '2025-11-20', [`members[${formerMember.staff.id}]`]: 'secretary' });
    expect(missingChair.status).toBe(422);
    expect(missingChair.text).toContain('Hội đồng phải có Chủ tịch.');
    expect(missingChair.text).toContain('value="15/QĐ-TH"');
    const ok = await agent
      .post('/council/2025/decisions')
      .type('form')
      .send({
        _csrf: csrfFrom(form.text),
        number: '15/QĐ-TH',
        signedOn: '2025-11-20',
        [`members[${chair.staff.id}]`]: 'chair',
        [`members[${formerMember.staff.id}]`]: 'secretary',
      });
    expect(ok.status).toBe(302);
    const in2025 = await loadCurrentUser(db.current.prisma, formerMember.user.id, new Date(during2025));
    expect(in2025!.roles).toContain('secretary');
    const in2024 = await loadCurrentUser(db.current.prisma, formerMember.user.id, new Date('2024-12-01T03:00:00Z'));
    expect(in2024!.roles).toContain('council_member');
    expect(in2024!.roles).not.toContain('secretary');
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'council.decision.create' } })).toBe(1);
  });
});
