// The exemplars' test world (tests/http/exemplars*.test.ts): a school of its own with its council (chair, secretary,
// member), the secretary and a teacher signed in, an anonymous agent, the app on a clock of its own.
import { buildCouncil } from './ballotFixtures.ts';
import { buildPerson, TEST_PASSWORD } from './factories.ts';
import { agentFor, buildTestApp, loginAs, testClock } from './testApp.ts';
import type { TestDatabase } from './testDatabase.ts';

/** The world of one exemplar test; `base` is the school's public page. */
export async function exemplarWorld(db: { readonly current: TestDatabase }) {
  const prisma = () => db.current.prisma;
  const clock = testClock('2026-11-26T03:00:00Z');
  const built = buildTestApp(db.current, clock);
  const c = await buildCouncil(prisma(), 3);
  const school = await prisma().school.findUniqueOrThrow({ where: { id: c.schoolId } });
  const secretary = agentFor(built.app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
  const teacherPerson = await buildPerson(prisma(), c.schoolId, { fullName: 'Trần Thị Giáo Viên' });
  const teacher = agentFor(built.app);
  await loginAs(teacher, teacherPerson.user.username, TEST_PASSWORD);
  return { built, c, school, secretary, teacher, anonymous: agentFor(built.app), base: `/cong-khai/${school.code}` };
}
