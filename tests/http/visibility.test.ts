// Acceptance (issue 9.4): each where-builder hides a row from one reader while showing it to another — on the list,
// the page and the export where there is one. Files are covered in fileVisibility.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { permissionsOf } from '../../src/domain/permissions.ts';
import { listStaff } from '../../src/features/staff/staff.queries.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildStaff, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { buildImportBatch, buildMovement, buildNotification, buildPlan, buildRegistration } from '../support/visibilityFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
type Who = 'teacher' | 'colleague' | 'leader' | 'otherLeader' | 'member' | 'secretary' | 'viceChair' | 'chair' | 'admin' | 'otherSchoolSecretary';
const as = {} as Record<Who, TestAgent>;
const ids = {} as Record<Who, { userId: string; staffId: string | null }>;
let schoolId = '';
let yearId = '';
let leaderCollectiveId = '';
let otherCollectiveId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  const other = await buildSchool(prisma, { years: [2026] });
  schoolId = school.id;
  yearId = yearOf(2026).id;
  const leader = await buildPerson(prisma, schoolId, { leads: true });
  const otherLeader = await buildPerson(prisma, schoolId, { leads: true });
  leaderCollectiveId = (await prisma.collective.findFirstOrThrow({ where: { leaderStaffId: leader.staff.id } })).id;
  otherCollectiveId = (await prisma.collective.findFirstOrThrow({ where: { leaderStaffId: otherLeader.staff.id } })).id;
  const teacherStaff = await buildStaff(prisma, schoolId, { collectiveId: leaderCollectiveId });
  await prisma.staff.update({ where: { id: teacherStaff.id }, data: { birthDate: new Date('1987-03-14') } });
  const people: Record<Who, { user: { id: string; username: string }; staff: { id: string } | null }> = {
    teacher: { staff: teacherStaff, user: await buildUser(prisma, schoolId, { staffId: teacherStaff.id }) },
    colleague: await buildPerson(prisma, schoolId),
    leader,
    otherLeader,
    member: await buildPerson(prisma, schoolId, { role: 'council_member', schoolYearId: yearId }),
    secretary: await buildPerson(prisma, schoolId, { role: 'secretary', schoolYearId: yearId }),
    viceChair: await buildPerson(prisma, schoolId, { role: 'vice_chair', schoolYearId: yearId }),
    chair: await buildPerson(prisma, schoolId, { role: 'chair', schoolYearId: yearId }),
    admin: { staff: null, user: await buildUser(prisma, schoolId, { isAdmin: true }) },
    otherSchoolSecretary: await buildPerson(prisma, other.school.id, { role: 'secretary', schoolYearId: other.yearOf(2026).id }),
  };
  const app = buildTestApp(db.current, clock).app;
  for (const [who, p] of Object.entries(people) as Array<[Who, (typeof people)[Who]]>) {
    as[who] = agentFor(app);
    expect((await loginAs(as[who], p.user.username, TEST_PASSWORD)).status).toBe(302);
    ids[who] = { userId: p.user.id, staffId: p.staff?.id ?? null };
  }
});

describe('movements', () => {
  it('a planned movement is in the managers’ list only; a launched one in everyone’s', async () => {
    const planned = await buildMovement(db.current.prisma, schoolId, { status: 'planned', name: 'Phong trào đang dự kiến' });
    const launched = await buildMovement(db.current.prisma, schoolId, { status: 'launched', name: 'Phong trào đã phát động' });
    const teacherList = (await as.teacher.get('/movements')).text;
    expect(teacherList).toContain(launched.name);
    expect(teacherList).not.toContain(planned.name);
    expect((await as.viceChair.get('/movements')).text).toContain(planned.name);
    expect((await as.teacher.get('/')).text).toContain(launched.name);
  });
});

describe('plans', () => {
  it('a draft plan is listed and opened by those who work on plans; for a teacher it does not exist', async () => {
    const draft = await buildPlan(db.current.prisma, schoolId, { year: 2031 });
    const published = await buildPlan(db.current.prisma, schoolId, { year: 2030, published: true });
    const teacherList = (await as.teacher.get('/plans')).text;
    expect(teacherList).not.toContain(`/plans/${draft.id}`);
    expect(teacherList).toContain(`/plans/${published.id}`);
    expect((await as.secretary.get('/plans')).text).toContain(`/plans/${draft.id}`);
    expect((await as.teacher.get(`/plans/${draft.id}`)).status).toBe(404);
    expect((await as.secretary.get(`/plans/${draft.id}`)).status).toBe(200);
    expect((await as.teacher.get(`/plans/${published.id}`)).headers.location).toBe(`/plans/${published.id}/versions/1`);
    expect((await as.teacher.get(`/plans/${published.id}/versions/1`)).status).toBe(200);
    // Another school's plans are not found, published version or draft document alike.
    expect((await as.otherSchoolSecretary.get(`/plans/${published.id}/versions/1`)).status).toBe(404);
    expect((await as.otherSchoolSecretary.get(`/plans/${draft.id}/draft/docx`)).status).toBe(404);
  });
});

describe('registrations', () => {
  it('a teacher’s registration: hers, her group leader’s and the reviewers’ — not another group leader’s or a colleague’s', async () => {
    const reg = await buildRegistration(db.current.prisma, schoolId, yearId, ids.teacher.staffId!, { status: 'submitted' });
    for (const who of ['teacher', 'leader', 'member', 'secretary', 'chair'] as const)
      expect((await as[who].get(`/registrations/${reg.id}`)).status, who).toBe(200);
    for (const who of ['colleague', 'otherLeader', 'otherSchoolSecretary'] as const)
      expect((await as[who].get(`/registrations/${reg.id}`)).status, who).toBe(404);
    // Lists: the group leader's list of members, the reviewers' queue.
    expect((await as.leader.get('/registrations')).text).toContain(`/registrations/${reg.id}`);
    expect((await as.otherLeader.get('/registrations')).text).not.toContain(`/registrations/${reg.id}`);
    expect((await as.secretary.get('/registrations/review')).text).toContain(reg.id);
    expect((await as.otherSchoolSecretary.get('/registrations/review')).text).not.toContain(reg.id);
  });
});

describe('staff directory', () => {
  it('birth dates are loaded only for those who may see them, and the export is for importers', async () => {
    const teacherPage = (await as.teacher.get('/staff')).text;
    const memberPage = (await as.member.get('/staff')).text;
    expect(teacherPage).toContain('Giáo viên');
    expect(teacherPage).not.toContain('14/03/1987');
    expect(memberPage).toContain('14/03/1987');
    // Not merely hidden by the template: the query does not select the column for a plain staff member.
    const reader = (permissions: ReturnType<typeof permissionsOf>) => ({ schoolId, permissions });
    const filters = { q: '', collectiveId: '', status: 'all' as const };
    const { rows: forTeacher } = await listStaff(db.current.prisma, reader(permissionsOf(['staff'])), filters);
    const { rows: forMember } = await listStaff(db.current.prisma, reader(permissionsOf(['staff', 'council_member'])), filters);
    expect(forTeacher.length).toBeGreaterThan(5);
    expect(forTeacher.every((r) => !('birthDate' in r))).toBe(true);
    expect(
      forMember
        .find((r) => r.id === ids.teacher.staffId)
        ?.birthDate?.toISOString()
        .slice(0, 10),
    ).toBe('1987-03-14');
    expect((await as.teacher.get('/staff/export').set('Accept', 'text/html')).status).toBe(403);
    const exported = await as.secretary.get('/staff/export').buffer(true);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('records', () => {
  it('a personal record: one’s own and the readers of every record; a collective’s: its leader and those readers', async () => {
    const teacherRecord = `/records/staff/${ids.teacher.staffId}`;
    expect((await as.teacher.get(teacherRecord)).status).toBe(200);
    expect((await as.member.get(teacherRecord)).status).toBe(200);
    expect((await as.colleague.get(teacherRecord)).status).toBe(404);
    expect((await as.leader.get(teacherRecord)).status).toBe(404);
    expect((await as.otherSchoolSecretary.get(teacherRecord)).status).toBe(404);
    expect((await as.leader.get(`/records/collectives/${leaderCollectiveId}`)).status).toBe(200);
    expect((await as.leader.get(`/records/collectives/${otherCollectiveId}`)).status).toBe(404);
    expect((await as.member.get(`/records/collectives/${otherCollectiveId}`)).status).toBe(200);
  });
});

describe('import batches', () => {
  it('a batch is seen in its school by holders of its import permission only', async () => {
    const staffBatch = await buildImportBatch(db.current.prisma, schoolId, ids.chair.userId, 'staff');
    const historyBatch = await buildImportBatch(db.current.prisma, schoolId, ids.chair.userId, 'history');
    expect((await as.secretary.get(`/staff/import/${staffBatch.id}`)).status).not.toBe(404);
    expect((await as.otherSchoolSecretary.get(`/staff/import/${staffBatch.id}`)).status).toBe(404);
    expect((await as.otherSchoolSecretary.get(`/history/import/${historyBatch.id}`)).status).toBe(404);
    // A staff batch is not a history batch: each kind is looked up through its own permission.
    expect((await as.secretary.get(`/history/import/${staffBatch.id}`)).status).toBe(404);
    expect((await as.viceChair.get(`/staff/import/${staffBatch.id}`).set('Accept', 'text/html')).status).toBe(403);
  });
});

describe('notifications, audit, accounts', () => {
  it('a notification is its addressee’s only: others neither list nor mark it', async () => {
    const note = await buildNotification(db.current.prisma, schoolId, ids.teacher.userId, 'Thông báo riêng của cô giáo');
    expect((await as.teacher.get('/notifications')).text).toContain(note.title);
    expect((await as.chair.get('/notifications')).text).not.toContain(note.title);
    const token = csrfFrom((await as.chair.get('/notifications')).text);
    await as.chair.post(`/notifications/${note.id}/read`).type('form').send({ _csrf: token });
    expect((await db.current.prisma.notification.findUniqueOrThrow({ where: { id: note.id } })).readAt).toBeNull();
  });

  it('the audit trail shows the reader’s school only', async () => {
    const prisma = db.current.prisma;
    const otherSchool = await prisma.school.findFirstOrThrow({ where: { id: { not: schoolId } }, select: { id: true } });
    await prisma.auditEvent.create({ data: { schoolId: otherSchool.id, action: 'test.otherschool', subject: 'Test', after: { name: 'Sự kiện trường khác' } } });
    await prisma.auditEvent.create({ data: { schoolId, action: 'test.ownschool', subject: 'Test', after: { name: 'Sự kiện trường mình' } } });
    const page = (await as.chair.get('/audit')).text;
    expect(page).toContain('Sự kiện trường mình');
    expect(page).not.toContain('Sự kiện trường khác');
  });

  it('an administrator cannot reach an account of another school', async () => {
    const token = csrfFrom((await as.admin.get('/admin/users')).text);
    const res = await as.admin.post(`/admin/users/${ids.otherSchoolSecretary.userId}/disable`).type('form').set('Accept', 'text/html').send({ _csrf: token });
    expect(res.status).toBe(404);
    const self = await as.admin.post(`/admin/users/${ids.admin.userId}/disable`).type('form').set('Accept', 'text/html').send({ _csrf: token });
    expect(self.status).toBe(403);
    expect(self.text).toContain('Bạn không thể tự khóa tài khoản của mình.');
  });
});
