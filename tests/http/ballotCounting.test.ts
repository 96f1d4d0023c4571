// The counting committee over HTTP: paper ballots entered by one committee member and counted only when a second
// confirms; a member who voted on screen cannot also be counted on paper; written opinions of absent members entered
// on their own page and counted in the result over total members.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { castVote } from '../../src/features/ballot/castVote.ts';
import { openRound } from '../../src/features/ballot/openRound.ts';
import { readRoundResult } from '../../src/features/ballot/roundResultJson.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildCouncil, buildMeeting, buildNominations, type CouncilFixture } from '../support/ballotFixtures.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let built: ReturnType<typeof buildTestApp>;
let c: CouncilFixture;
let meetingId: string;
let roundId: string;
let nominees: string[];
let url: string;

async function agent(username: string): Promise<TestAgent> {
  const a = agentFor(built.app);
  await loginAs(a, username, TEST_PASSWORD);
  return a;
}
const tallyTotal = async () => (await db.current.prisma.ballotTally.findMany({ where: { roundId } })).reduce((s, t) => s + t.count, 0);

beforeAll(async () => {
  const prisma = db.current.prisma;
  built = buildTestApp(db.current);
  c = await buildCouncil(prisma, 6);
  nominees = await buildNominations(prisma, c, 'CSTDCS', 2);
  meetingId = (await buildMeeting(prisma, c)).id;
  const [a, b, , absent] = c.members;
  await prisma.meetingAttendance.updateMany({ where: { meetingId, staffId: { in: [a!.staffId, b!.staffId] } }, data: { counter: true } });
  await prisma.meetingAttendance.update({
    where: { meetingId_staffId: { meetingId, staffId: absent!.staffId } },
    data: { present: false, absenceReason: 'Ốm', writtenOpinion: true },
  });
  const ctx = { actor: { id: null, schoolId: c.schoolId }, now: new Date('2026-11-20T08:00:00Z') };
  roundId = await openRound(prisma, ctx, { meetingId, code: 'CSTDCS', mode: 'screen', quota: null });
  url = `/meetings/${meetingId}/rounds/${roundId}/counting`;
  // members[2] votes on screen: agree for both.
  await castVote(prisma, ctx, { roundId, staffId: c.members[2]!.staffId, choices: new Map(nominees.map((n) => [n, 'agree'])) });
});

function paperBody(token: string, members: string[], marks: Array<[number, number, number]>): Record<string, string | string[]> {
  const body: Record<string, string | string[]> = { _csrf: token, members, ballotsIssued: String(members.length), ballotsValid: String(members.length) };
  nominees.forEach((n, i) =>
    Object.assign(body, { [`agree-${n}`]: String(marks[i]![0]), [`disagree-${n}`]: String(marks[i]![1]), [`blank-${n}`]: String(marks[i]![2]) }),
  );
  return body;
}

describe('paper ballots', () => {
  it('only the counting committee opens the page (the chair is refused with the reason)', async () => {
    const res = await (await agent(c.chair.username)).get(url);
    expect(res.status).toBe(403);
    expect(res.text).toContain('Chỉ thành viên Ban kiểm phiếu');
  });

  it('a member who voted on screen cannot be counted on paper: refused, nothing stored', async () => {
    const a = await agent(c.members[0]!.username);
    const page = await a.get(url);
    expect(page.status).toBe(200);
    const res = await a
      .post(`${url}/paper`)
      .type('form')
      .send(
        paperBody(
          csrfFrom(page.text),
          [c.members[2]!.staffId],
          [
            [1, 0, 0],
            [1, 0, 0],
          ],
        ),
      );
    expect(res.status).toBe(409);
    expect(res.text).toContain('đã bỏ phiếu trên màn hình');
    expect(await db.current.prisma.paperCount.count({ where: { roundId } })).toBe(0);
  });

  it('marks that do not add up to the papers returned: 422 beside the figures, what was typed kept', async () => {
    const a = await agent(c.members[0]!.username);
    const page = await a.get(url);
    const res = await a
      .post(`${url}/paper`)
      .type('form')
      .send(
        paperBody(
          csrfFrom(page.text),
          [c.chair.staffId, c.secretary.staffId],
          [
            [2, 0, 0],
            [1, 0, 0],
          ],
        ),
      );
    expect(res.status).toBe(422);
    expect(res.text).toContain('phải bằng số phiếu giấy thu về');
    expect(res.text).toMatch(new RegExp(`name="members" value="${c.secretary.staffId}" checked`));
    expect(await db.current.prisma.paperCount.count({ where: { roundId } })).toBe(0);
  });

  it('entered by one member, counted only when a second confirms; the one who typed cannot confirm; no close meanwhile', async () => {
    const prisma = db.current.prisma;
    const a = await agent(c.members[0]!.username);
    const page = await a.get(url);
    const four = [c.chair.staffId, c.secretary.staffId, c.members[0]!.staffId, c.members[1]!.staffId];
    const entered = await a
      .post(`${url}/paper`)
      .type('form')
      .send(
        paperBody(csrfFrom(page.text), four, [
          [4, 0, 0],
          [2, 1, 1],
        ]),
      );
    expect(entered.status).toBe(302);
    expect(await tallyTotal()).toBe(2); // only the screen ballot so far
    const count = await prisma.paperCount.findFirstOrThrow({ where: { roundId } });
    const own = await a
      .post(`${url}/paper/${count.id}/confirm`)
      .type('form')
      .send({ _csrf: csrfFrom((await a.get(url)).text) });
    expect(own.status).toBe(403);
    const secretary = await agent(c.secretary.username);
    const show = await secretary.get(`/meetings/${meetingId}`);
    const close = await secretary
      .post(`/meetings/${meetingId}/rounds/${roundId}/close`)
      .type('form')
      .send({ _csrf: csrfFrom(show.text) });
    expect(close.status).toBe(409);
    const b = await agent(c.members[1]!.username);
    const confirmed = await b
      .post(`${url}/paper/${count.id}/confirm`)
      .type('form')
      .send({ _csrf: csrfFrom((await b.get(url)).text) });
    expect(confirmed.status).toBe(302);
    expect(await tallyTotal()).toBe(10);
    expect(await prisma.ballotParticipation.count({ where: { roundId } })).toBe(5);
    expect(await prisma.ballotParticipation.count({ where: { roundId, channel: 'paper' } })).toBe(4);
  });

  it('a member counted on paper who then votes on screen changes nothing', async () => {
    const m0 = await agent(c.members[0]!.username);
    const res = await m0.get(`/meetings/${meetingId}/rounds/${roundId}/vote`);
    expect(res.status).toBe(302);
    expect(await tallyTotal()).toBe(10);
  });
});

describe('written opinions of absent members', () => {
  it('entered, confirmed by another member, and counted over total members at the close', async () => {
    const prisma = db.current.prisma;
    const b = await agent(c.members[1]!.username);
    const page = await b.get(url);
    const too = await b
      .post(`${url}/written`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), [`wagree-${nominees[0]}`]: '2', [`wdisagree-${nominees[0]}`]: '0' });
    expect(too.status).toBe(422);
    expect(too.text).toContain('không được vượt quá 1 thành viên');
    const body = { _csrf: csrfFrom(page.text), [`wagree-${nominees[0]}`]: '1', [`wagree-${nominees[1]}`]: '1' };
    expect((await b.post(`${url}/written`).type('form').send(body)).status).toBe(302);
    const a = await agent(c.members[0]!.username);
    expect(
      (
        await a
          .post(`${url}/written/confirm`)
          .type('form')
          .send({ _csrf: csrfFrom((await a.get(url)).text) })
      ).status,
    ).toBe(302);
    const secretary = await agent(c.secretary.username);
    const show = await secretary.get(`/meetings/${meetingId}`);
    expect(
      (
        await secretary
          .post(`/meetings/${meetingId}/rounds/${roundId}/close`)
          .type('form')
          .send({ _csrf: csrfFrom(show.text) })
      ).status,
    ).toBe(302);
    const result = readRoundResult((await prisma.ballotRound.findUniqueOrThrow({ where: { id: roundId } })).result)!;
    // 6 members, ≥ 80%: first nominee 4 paper + 1 screen + 1 written = 6 passes; second 2 + 1 + 1 = 4 does not.
    const of = (id: string) => result.nominees.find((n) => n.nomineeId === id)!;
    expect([of(nominees[0]!).votesFor, of(nominees[0]!).passed]).toEqual([6, true]);
    expect([of(nominees[1]!).votesFor, of(nominees[1]!).passed]).toEqual([4, false]);
  });
});
