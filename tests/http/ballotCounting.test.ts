// The counting committee over HTTP: who returned paper is recorded as participation (a member who voted on screen
// cannot also be counted on paper — the database's unique key); batches name no member and are counted only when a
// second committee member confirms, then only the aggregate counters keep their marks; written opinions of absent
// members are entered on their own page and counted in the result over total members; nothing stored or logged
// links a member to a choice.
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
  c = await buildCouncil(prisma, 7);
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

function paperBody(token: string, papers: number, marks: Array<[number, number, number]>): Record<string, string> {
  const body: Record<string, string> = { _csrf: token, papers: String(papers), ballotsIssued: String(papers), ballotsValid: String(papers) };
  nominees.forEach((n, i) =>
    Object.assign(body, { [`agree-${n}`]: String(marks[i]![0]), [`disagree-${n}`]: String(marks[i]![1]), [`blank-${n}`]: String(marks[i]![2]) }),
  );
  return body;
}
const post = async (a: TestAgent, path: string, body: Record<string, unknown>) =>
  a
    .post(path)
    .type('form')
    .send({ ...body, _csrf: csrfFrom((await a.get(url)).text) });

describe('paper ballots', () => {
  it('only the counting committee opens the page (the chair is refused with the reason)', async () => {
    const res = await (await agent(c.chair.username)).get(url);
    expect(res.status).toBe(403);
    expect(res.text).toContain('Chỉ thành viên Ban kiểm phiếu');
  });

  it('a member who voted on screen cannot be recorded as returning paper: refused, nothing stored', async () => {
    const a = await agent(c.members[0]!.username);
    const res = await post(a, `${url}/returns`, { members: [c.secretary.staffId, c.members[2]!.staffId] });
    expect(res.status).toBe(409);
    expect(res.text).toContain('đã bỏ phiếu trên màn hình');
    expect(await db.current.prisma.ballotParticipation.count({ where: { roundId, channel: 'paper' } })).toBe(0);
    // The database itself refuses a second participation of the same member (unique round, member).
    await expect(
      db.current.prisma.ballotParticipation.create({ data: { roundId, staffId: c.members[2]!.staffId, schoolId: c.schoolId, channel: 'paper' } }),
    ).rejects.toThrow();
  });

  it('paper returns are participation only: recorded once (a repeat changes nothing), no count moves', async () => {
    const a = await agent(c.members[0]!.username);
    const four = [c.chair.staffId, c.secretary.staffId, c.members[0]!.staffId, c.members[1]!.staffId];
    expect((await post(a, `${url}/returns`, { members: four })).status).toBe(302);
    expect((await post(a, `${url}/returns`, { members: four.slice(0, 2) })).status).toBe(302);
    expect(await db.current.prisma.ballotParticipation.count({ where: { roundId, channel: 'paper' } })).toBe(4);
    expect(await tallyTotal()).toBe(2); // only the screen ballot so far
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'ballot.paper.return', subjectId: roundId } })).toBe(4);
  });

  it('marks that do not add up to the batch: 422 beside the figures, what was typed kept, nothing stored', async () => {
    const a = await agent(c.members[0]!.username);
    const res = await post(
      a,
      `${url}/paper`,
      paperBody('', 2, [
        [2, 0, 0],
        [1, 0, 0],
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.text).toContain('phải bằng số phiếu giấy trong đợt');
    expect(res.text).toMatch(/name="papers" type="number" value="2"/);
    expect(await db.current.prisma.paperCount.count({ where: { roundId } })).toBe(0);
  });

  it('a batch holding more papers than members recorded as returning one is refused', async () => {
    const res = await post(
      await agent(c.members[0]!.username),
      `${url}/paper`,
      paperBody('', 5, [
        [5, 0, 0],
        [5, 0, 0],
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.text).toContain('không được vượt quá 4 thành viên');
    expect(await db.current.prisma.paperCount.count({ where: { roundId } })).toBe(0);
  });

  it('entered by one member, counted only when a second confirms; the one who typed cannot confirm; no close meanwhile', async () => {
    const prisma = db.current.prisma;
    const a = await agent(c.members[0]!.username);
    const marks: Array<[number, number, number]> = [
      [4, 0, 0],
      [2, 1, 1],
    ];
    expect((await post(a, `${url}/paper`, paperBody('', 4, marks))).status).toBe(302);
    expect(await tallyTotal()).toBe(2);
    const count = await prisma.paperCount.findFirstOrThrow({ where: { roundId } });
    expect((await post(a, `${url}/paper/${count.id}/confirm`, {})).status).toBe(403);
    const secretary = await agent(c.secretary.username);
    const show = await secretary.get(`/meetings/${meetingId}`);
    const close = await secretary
      .post(`/meetings/${meetingId}/rounds/${roundId}/close`)
      .type('form')
      .send({ _csrf: csrfFrom(show.text) });
    expect(close.status).toBe(409);
    const b = await agent(c.members[1]!.username);
    expect((await post(b, `${url}/paper/${count.id}/confirm`, {})).status).toBe(302);
    expect(await tallyTotal()).toBe(10);
    expect(await prisma.ballotParticipation.count({ where: { roundId } })).toBe(5);
    // Counted: the marks live only in the aggregate counters; the batch keeps its size, not its totals.
    expect(await prisma.paperCount.findUniqueOrThrow({ where: { id: count.id } })).toMatchObject({ papers: 4, totals: null });
    await expect(prisma.$executeRaw`UPDATE "PaperCount" SET totals = '[]' WHERE id = ${count.id}::uuid`).rejects.toThrow(/check/i);
  });

  it('a member counted on paper who then votes on screen changes nothing', async () => {
    const m0 = await agent(c.members[0]!.username);
    const res = await m0.get(`/meetings/${meetingId}/rounds/${roundId}/vote`);
    expect(res.status).toBe(302);
    expect(await tallyTotal()).toBe(10);
  });

  it('a wrong batch is discarded before confirmation; a return in a counted batch cannot be undone', async () => {
    const prisma = db.current.prisma;
    const a = await agent(c.members[0]!.username);
    expect((await post(a, `${url}/returns`, { members: [c.members[4]!.staffId] })).status).toBe(302);
    const marks: Array<[number, number, number]> = [
      [1, 0, 0],
      [0, 1, 0],
    ];
    expect((await post(a, `${url}/paper`, paperBody('', 1, marks))).status).toBe(302);
    const pending = await prisma.paperCount.findFirstOrThrow({ where: { roundId, confirmedById: null } });
    // Undoing the return would leave the batches with more papers than returns.
    expect((await post(a, `${url}/returns/${c.members[4]!.staffId}/remove`, {})).status).toBe(409);
    expect((await post(a, `${url}/paper/${pending.id}/discard`, {})).status).toBe(302);
    expect((await post(a, `${url}/returns/${c.members[4]!.staffId}/remove`, {})).status).toBe(302);
    expect(await prisma.paperCount.count({ where: { roundId } })).toBe(1);
    expect(await prisma.ballotParticipation.count({ where: { roundId, staffId: c.members[4]!.staffId } })).toBe(0);
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
    // 7 members, ≥ 80%: first nominee 4 paper + 1 screen + 1 written = 6 passes (85.7%); second 2 + 1 + 1 = 4 does not.
    const of = (id: string) => result.nominees.find((n) => n.nomineeId === id)!;
    expect([of(nominees[0]!).votesFor, of(nominees[0]!).passed]).toEqual([6, true]);
    expect([of(nominees[1]!).votesFor, of(nominees[1]!).passed]).toEqual([4, false]);
  });
});

describe('secrecy of the paper count', () => {
  it('the batch table holds no voter, no timestamp and no foreign key but its round', async () => {
    const prisma = db.current.prisma;
    const cols = await prisma.$queryRaw<Array<{ column_name: string; data_type: string }>>`
      SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type FROM pg_attribute a
      WHERE a.attrelid = to_regclass('"PaperCount"') AND a.attnum > 0 AND NOT a.attisdropped`;
    // enteredById / confirmedById are the two committee members who typed and confirmed the figures, never voters.
    expect(cols.map((col) => col.column_name).sort()).toEqual(
      ['ballotsIssued', 'ballotsValid', 'confirmedById', 'enteredById', 'id', 'papers', 'roundId', 'schoolId', 'totals'].sort(),
    );
    for (const col of cols) expect(col.data_type).not.toMatch(/time|date|\[\]/);
    const fks = await prisma.$queryRaw<Array<{ target: string }>>`
      SELECT t.relname AS target FROM pg_constraint k JOIN pg_class t ON t.oid = k.confrelid
      WHERE k.conrelid = to_regclass('"PaperCount"') AND k.contype = 'f'`;
    expect([...new Set(fks.map((f) => f.target))]).toEqual(['BallotRound']);
  });

  it('no audit row and no log line holds both a member and a choice or a batch’s marks', async () => {
    const users = await db.current.prisma.user.findMany({ where: { schoolId: c.schoolId }, select: { id: true, staffId: true } });
    const ids = users.flatMap((u) => [u.id, ...(u.staffId ? [u.staffId] : [])]);
    const rows = await db.current.prisma.auditEvent.findMany({ where: { subjectId: roundId } });
    expect(rows.filter((r) => r.action === 'ballot.paper.return').length).toBeGreaterThan(0);
    for (const r of rows) {
      const payload = JSON.stringify([r.before, r.after]);
      const hasChoice = /agree|disagree|blank|totals/i.test(payload);
      expect(hasChoice && ids.some((id) => payload.includes(id)), `${r.action} ${payload}`).toBe(false);
      if (r.action.startsWith('ballot.paper') || r.action === 'ballot.vote') expect(hasChoice, r.action).toBe(false);
    }
    for (const line of built.logs) expect(/agree|disagree|totals/.test(line) && ids.some((id) => line.includes(id)), line).toBe(false);
  });
});
