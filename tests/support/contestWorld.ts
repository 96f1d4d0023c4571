// The writing contest's test world (tests/http/contests*.test.ts): a school with its council and two teachers
// signed in on a clock of its own, and the form posts the contest pages take (urlencoded and multipart).
import type TestAgent from 'supertest/lib/agent.js';
import { buildCouncil } from './ballotFixtures.ts';
import { buildPerson, TEST_PASSWORD } from './factories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from './testApp.ts';
import type { TestDatabase } from './testDatabase.ts';

/** A school with its council (chair, secretary, member) and two teachers signed in; the clock on 26/11/2026. */
export async function contestWorld(db: { readonly current: TestDatabase }) {
  const prisma = () => db.current.prisma;
  const clock = testClock('2026-11-26T03:00:00Z');
  const built = buildTestApp(db.current, clock);
  const c = await buildCouncil(prisma(), 3);
  const school = await prisma().school.findUniqueOrThrow({ where: { id: c.schoolId } });
  const group = await prisma().collective.create({ data: { schoolId: c.schoolId, name: 'Tổ Khối 4', kind: 'grade_group' } });
  const secretary = agentFor(built.app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
  const teacherA = await buildPerson(prisma(), c.schoolId, { fullName: 'Trần Thị Lan' });
  await prisma().staff.update({ where: { id: teacherA.staff.id }, data: { collectiveId: group.id } });
  const teacherB = await buildPerson(prisma(), c.schoolId, { fullName: 'Lê Văn Bình' });
  const a = agentFor(built.app);
  await loginAs(a, teacherA.user.username, TEST_PASSWORD);
  const b = agentFor(built.app);
  await loginAs(b, teacherB.user.username, TEST_PASSWORD);
  /** A new session of `username` (after the clock jumped past the idle timeout). */
  const signIn = async (username: string) => {
    const agent = agentFor(built.app);
    await loginAs(agent, username, TEST_PASSWORD);
    return agent;
  };
  return { clock, built, c, school, secretary, a, b, teacherA, teacherB, signIn, anonymous: agentFor(built.app) };
}

/** A multipart POST (the entry forms), with an optional file. */
export async function postEntry(agent: TestAgent, pagePath: string, action: string, fields: Record<string, string>, file?: { bytes: Buffer; name: string }) {
  const token = csrfFrom((await agent.get(pagePath)).text);
  let req = agent.post(action).field('_csrf', token);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  if (file) req = req.attach('file', file.bytes, file.name);
  return req;
}

export const ENTRY = { title: 'Cô giáo của những em nhỏ vùng cao', body: 'Cô Lan đã gắn bó với điểm trường lẻ mười năm.\n\nMỗi sáng cô vượt suối đến lớp.' };
