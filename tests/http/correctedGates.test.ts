// The gates corrected in the route review (issue 9 §8), each with the role it wrongly allowed or refused:
// the school settings are school:manage (the chair was refused), the nomination list is the council's (a group
// leader, who may only propose, read every verdict's reasons), and the council history has the council pages' gate
// with the per-year record rule behind it.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildPerson, buildSchool, buildStaff, TEST_PASSWORD } from '../support/factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { translator } from '../../src/i18n/index.ts';

const db = useTestDatabase();
const vi = translator('vi');
const as = {} as Record<'chair' | 'secretary' | 'member' | 'leader' | 'teacher', TestAgent>;
let yearId = '';
let candidateId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  yearId = yearOf(2026).id;
  const { app } = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'));
  const people = {
    chair: await buildPerson(prisma, school.id, { role: 'chair', schoolYearId: yearId }),
    secretary: await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: yearId }),
    member: await buildPerson(prisma, school.id, { role: 'council_member', schoolYearId: yearId }),
    leader: await buildPerson(prisma, school.id, { leads: true }),
    teacher: await buildPerson(prisma, school.id),
  };
  for (const [who, p] of Object.entries(people)) {
    const agent = agentFor(app);
    expect((await loginAs(agent, p.user.username, TEST_PASSWORD)).status).toBe(302);
    as[who as keyof typeof as] = agent;
  }
  // A person of the leader's group: a group leader proposes for their own group's people only.
  const group = await prisma.collective.findFirstOrThrow({ where: { leaderStaffId: people.leader.staff.id } });
  candidateId = (await buildStaff(prisma, school.id, { fullName: 'Vũ Thị Đề Nghị', collectiveId: group.id })).id;
});

describe('corrected gates', () => {
  it('/admin/school (school:manage): the chair, wrongly refused under directory:manage, now sets the year; the secretary is still refused', async () => {
    const page = await as.chair.get('/admin/school');
    expect(page.status).toBe(200);
    const saved = await as.chair
      .post(`/admin/school/years/${yearId}`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), governingBody: 'UBND PHƯỜNG MỚI', upperCouncil: 'HĐTĐKT phường Mới', evaluationDate: '2027-05-25' });
    expect(saved.status).toBe(302);
    expect((await db.current.prisma.schoolYear.findUniqueOrThrow({ where: { id: yearId } })).upperCouncil).toBe('HĐTĐKT phường Mới');
    expect((await as.secretary.get('/admin/school')).status).toBe(403);
  });

  it('GET /nominations (ballot:cast): a group leader, wrongly allowed under nomination:propose, is refused the list but still proposes', async () => {
    const list = await as.leader.get('/nominations');
    expect(list.status).toBe(403);
    expect(list.text).toContain(vi('error.forbidden.body'));
    const form = await as.leader.get('/nominations/new');
    expect(form.status).toBe(200);
    const justification = 'Hành động dũng cảm, được địa phương ghi nhận.';
    const sent = await as.leader
      .post('/nominations')
      .type('form')
      .send({ _csrf: csrfFrom(form.text), candidate: `staff:${candidateId}`, code: 'CSTDCS', kind: 'dot_xuat', summary: 'Cứu học sinh.', justification });
    expect(sent.status).toBe(302);
    expect(sent.headers.location).toBe('/nominations/new');
    expect((await as.leader.get('/nominations/new')).text).toContain(vi('nominations.created'));
    const seen = await as.member.get('/nominations');
    expect(seen.status).toBe(200);
    expect(seen.text).toContain(justification);
  });

  it('GET /council/:y/history (directory:view): a teacher never on the council passes the gate and is refused by the record rule; a member reads it', async () => {
    const refused = await as.teacher.get('/council/2026/history');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain(vi('council.notMemberThatYear'));
    expect((await as.member.get('/council/2026/history')).status).toBe(200);
  });
});
