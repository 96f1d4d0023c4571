// The public posting's test world (tests/http/posting*.test.ts): a school of its own with a council of three and an
// approved list of two, the app on its own clock, the secretary and a teacher signed in; and the steps the tests take
// over HTTP before what they assert: publishing the list, a teacher's comment, a parent's comment through the link.
import { expect } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildCouncil } from './ballotFixtures.ts';
import { buildPerson, TEST_PASSWORD } from './factories.ts';
import { postForm } from './postForm.ts';
import { buildApproval } from './postingFactories.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from './testApp.ts';
import type { TestDatabase } from './testDatabase.ts';

/** A comment through the public link `/p/<token>`, as a browser without an account sends it. */
export function postPublic(agent: TestAgent, token: string, fields: Record<string, string>) {
  return postForm(agent, `/p/${token}`, `/p/${token}`, fields);
}

/** The world of one posting test, on a clock set to `at` (default Thursday 26/11/2026). */
export async function postingWorld(db: { readonly current: TestDatabase }, at = '2026-11-26T03:00:00Z') {
  const prisma = db.current.prisma;
  const clock = testClock(at);
  const built = buildTestApp(db.current, clock);
  const c = await buildCouncil(prisma, 3);
  await buildApproval(prisma, c, 2);
  const secretary = agentFor(built.app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
  const person = await buildPerson(prisma, c.schoolId, { fullName: 'Hoàng Thị Giáo Viên' });
  const teacherName = person.user.username;
  const teacher = agentFor(built.app);
  await loginAs(teacher, teacherName, TEST_PASSWORD);
  return { prisma, clock, built, c, secretary, teacher, teacherName };
}
export type PostingWorld = Awaited<ReturnType<typeof postingWorld>>;

/** The secretary publishes the approved list over HTTP; returns the posting's id and public token. */
export async function published(w: PostingWorld) {
  const list = await w.secretary.get('/postings');
  const meetingId = /name="meetingId" value="([^"]+)"/.exec(list.text)![1]!;
  const res = await w.secretary
    .post('/postings')
    .type('form')
    .send({ _csrf: csrfFrom(list.text), meetingId });
  expect(res.status).toBe(302);
  const posting = await w.prisma.publicPosting.findFirstOrThrow({ where: { schoolId: w.c.schoolId } });
  return { postingId: posting.id, token: posting.publicToken };
}

/** The teacher's pending comment, sent signed in. */
export async function teacherComments(w: PostingWorld, postingId: string) {
  const res = await postForm(w.teacher, `/postings/${postingId}`, `/postings/${postingId}/comments`, { body: 'Đồng ý với danh sách.' });
  expect(res.status).toBe(302);
}

/** A parent's pending comment, sent through the public link. */
export async function parentComments(w: PostingWorld, token: string) {
  const res = await postPublic(agentFor(w.built.app), token, {
    name: 'Phụ huynh lớp 3A',
    contact: '0912 345 678',
    body: 'Cô Ứng viên 01 rất tận tâm với học sinh.',
  });
  expect(res.status).toBe(303);
}
