// Acceptance (issue 9.4): a stored file is visible exactly when its owner is. A guidance file of a planned movement
// is not found for a teacher and a council member, served to the movement's managers, and once the movement is
// launched it follows the movement page's rule. Registration evidence follows its registration.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { buildMovement, buildRegistration, buildStoredFile, pdfBytes } from '../support/visibilityFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
const as: Record<'teacher' | 'otherTeacher' | 'member' | 'viceChair' | 'chair' | 'secretary' | 'otherSchoolChair', TestAgent> = {} as never;
let schoolId = '';
let yearId = '';
let teacherStaffId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school, yearOf } = await buildSchool(prisma, { years: [2026] });
  const other = await buildSchool(prisma, { years: [2026] });
  schoolId = school.id;
  yearId = yearOf(2026).id;
  const app = buildTestApp(db.current, clock).app;
  const people = {
    teacher: await buildPerson(prisma, school.id),
    otherTeacher: await buildPerson(prisma, school.id),
    member: await buildPerson(prisma, school.id, { role: 'council_member', schoolYearId: yearId }),
    viceChair: await buildPerson(prisma, school.id, { role: 'vice_chair', schoolYearId: yearId }),
    chair: await buildPerson(prisma, school.id, { role: 'chair', schoolYearId: yearId }),
    secretary: await buildPerson(prisma, school.id, { role: 'secretary', schoolYearId: yearId }),
    otherSchoolChair: await buildPerson(prisma, other.school.id, { role: 'chair', schoolYearId: other.yearOf(2026).id }),
  };
  teacherStaffId = people.teacher.staff.id;
  for (const [who, p] of Object.entries(people)) {
    const agent = agentFor(app);
    expect((await loginAs(agent, p.user.username, TEST_PASSWORD)).status).toBe(302);
    as[who as keyof typeof as] = agent;
  }
});

describe('a planned movement’s file', () => {
  it('is not found for a teacher and a council member, served to its managers; after launch it follows the movement page', async () => {
    const prisma = db.current.prisma;
    const movement = await buildMovement(prisma, schoolId, { status: 'planned' });
    const bytes = pdfBytes('huong-dan-phong-trao');
    const file = await buildStoredFile(prisma, schoolId, { type: 'Movement', id: movement.id }, bytes);

    for (const who of ['teacher', 'member', 'secretary', 'otherSchoolChair'] as const) {
      expect((await as[who].get(`/files/${file.id}`)).status, who).toBe(404);
      expect((await as[who].get(`/movements/${movement.id}`)).status, who).toBe(404);
    }
    for (const who of ['viceChair', 'chair'] as const) {
      const res = await as[who].get(`/files/${file.id}`).buffer(true);
      expect(res.status, who).toBe(200);
      expect(Buffer.from(res.body as Buffer).equals(bytes)).toBe(true);
    }

    // The chair launches it through the page; from then on the file is as visible as the movement's page.
    const page = await as.chair.get(`/movements/${movement.id}`);
    const launched = await as.chair
      .post(`/movements/${movement.id}/status`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), status: 'launched', summary: '' });
    expect(launched.status).toBe(302);
    for (const who of ['teacher', 'member', 'secretary', 'viceChair', 'chair'] as const) {
      expect((await as[who].get(`/movements/${movement.id}`)).status, who).toBe(200);
      expect((await as[who].get(`/files/${file.id}`)).status, who).toBe(200);
    }
    expect((await as.otherSchoolChair.get(`/files/${file.id}`)).status).toBe(404);
  });

  it('a file whose owner type has no reading rule cannot even be stored (CHECK list), so it is never served', async () => {
    // The integrity migration restricts StoredFile.ownerType to the owners that have a reading rule.
    await expect(buildStoredFile(db.current.prisma, schoolId, { type: 'Unknown', id: crypto.randomUUID() })).rejects.toThrow(/StoredFile_ownerType_check/);
    await expect(buildStoredFile(db.current.prisma, schoolId, { type: 'constructor', id: crypto.randomUUID() })).rejects.toThrow(/StoredFile_ownerType_check/);
    expect((await as.chair.get(`/files/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe('registration evidence files', () => {
  it('follow the registration: its owner and readers of every registration get it, another teacher does not', async () => {
    const prisma = db.current.prisma;
    const reg = await buildRegistration(prisma, schoolId, yearId, teacherStaffId);
    const file = await buildStoredFile(prisma, schoolId, { type: 'Registration', id: reg.id });
    await prisma.registrationEvidence.create({
      data: { schoolId, registrationId: reg.id, text: 'Minh chứng', fileId: file.id, createdBy: (await buildUser(prisma, schoolId)).id },
    });
    for (const path of [`/files/${file.id}`, `/registrations/files/${file.id}`]) {
      expect((await as.teacher.get(path)).status, path).toBe(200);
      expect((await as.secretary.get(path)).status, path).toBe(200);
      expect((await as.member.get(path)).status, path).toBe(200);
      expect((await as.otherTeacher.get(path)).status, path).toBe(404);
      expect((await as.otherSchoolChair.get(path)).status, path).toBe(404);
    }
    expect((await as.otherTeacher.get(`/registrations/${reg.id}`)).status).toBe(404);
    expect((await as.teacher.get(`/registrations/${reg.id}?view=1`)).text).toContain('Minh chứng');
  });
});
