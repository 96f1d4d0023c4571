// The secret ballot over HTTP: idempotent concurrent votes, no live tally for any role, closing, the chair's
// one-time approval, the frozen list, and no audit row or log line linking a member to a choice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildPerson, TEST_PASSWORD } from '../support/factories.ts';
import { buildCouncil, buildMeeting, buildNominations, type CouncilFixture } from '../support/ballotFixtures.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let built: ReturnType<typeof buildTestApp>;
let council: CouncilFixture;
let meetingId: string;
let roundId: string;
let nominees: string[];
const agents = new Map<string, TestAgent>();

async function agentOf(username: string) {
  let a = agents.get(username);
  if (!a) {
    a = agentFor(built.app);
    await loginAs(a, username, TEST_PASSWORD);
    agents.set(username, a);
  }
  return a;
}

async function tallies() {
  const rows = await db.current.prisma.ballotTally.findMany({ where: { roundId } });
  return rows.reduce((sum, r) => sum + r.count, 0);
}

function ballotBody(token: string, choice: (i: number) => 'agree' | 'disagree'): Record<string, string> {
  return Object.fromEntries([['_csrf', token], ...nominees.map((id, i) => [`n-${id}`, choice(i)] as const)]);
}

beforeAll(async () => {
  built = buildTestApp(db.current);
  council = await buildCouncil(db.current.prisma, 15);
  nominees = await buildNominations(db.current.prisma, council, 'CSTDCS', 3);
  meetingId = (await buildMeeting(db.current.prisma, council)).id;
  const secretary = await agentOf(council.secretary.username);
  const page = await secretary.get(`/meetings/${meetingId}`);
  expect(page.status).toBe(200);
  const opened = await secretary
    .post(`/meetings/${meetingId}/rounds`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), code: 'CSTDCS', mode: 'screen', quota: '' });
  expect(opened.status).toBe(302);
  roundId = (await db.current.prisma.ballotRound.findFirstOrThrow({ where: { meetingId } })).id;
});

describe('results before the round is closed', () => {
  it('are refused to every role, chair and admin included, and no page shows a count', async () => {
    const admin = await buildPerson(db.current.prisma, council.schoolId, { isAdmin: true });
    for (const username of [council.chair.username, council.secretary.username, council.members[0]!.username, admin.user.username]) {
      const res = await (await agentOf(username)).get(`/meetings/${meetingId}/rounds/${roundId}/result`).set('Accept', 'application/json');
      expect(res.status, username).toBe(403);
    }
    const page = await (await agentOf(council.chair.username)).get(`/meetings/${meetingId}`);
    expect(page.text).toContain('Kết quả chỉ được xem sau khi kết thúc bỏ phiếu.');
    expect(page.text).not.toContain('class="results"');
  });
});

describe('concurrent votes by the same member', () => {
  it.each([
    [2, 0],
    [10, 1],
    [50, 2],
  ])('%i parallel ballots → one participation, counters up by exactly one per nominee, every response 2xx/3xx', async (n, memberIndex) => {
    const member = council.members[memberIndex]!;
    const agent = await agentOf(member.username);
    const form = await agent.get(`/meetings/${meetingId}/rounds/${roundId}/vote`);
    expect(form.status).toBe(200);
    const before = await tallies();
    const body = ballotBody(csrfFrom(form.text), (i) => (i % 2 ? 'disagree' : 'agree'));
    const responses = await Promise.all(Array.from({ length: n }, () => agent.post(`/meetings/${meetingId}/rounds/${roundId}/vote`).type('form').send(body)));
    for (const r of responses) expect([r.status >= 200, r.status < 400]).toEqual([true, true]);
    expect(await db.current.prisma.ballotParticipation.count({ where: { roundId, staffId: member.staffId } })).toBe(1);
    expect((await tallies()) - before).toBe(nominees.length);
    expect(
      await db.current.prisma.auditEvent.count({ where: { action: 'ballot.vote', subjectId: roundId, after: { path: ['staffId'], equals: member.staffId } } }),
    ).toBe(1);
  });

  it('a member not on the roll is refused and nothing is written', async () => {
    const outsider = await buildPerson(db.current.prisma, council.schoolId, { role: 'council_member', schoolYearId: council.schoolYearId });
    const agent = await agentOf(outsider.user.username);
    const page = await agent.get('/meetings');
    const res = await agent
      .post(`/meetings/${meetingId}/rounds/${roundId}/vote`)
      .type('form')
      .send(ballotBody(csrfFrom(page.text), () => 'agree'));
    expect(res.status).toBe(403);
    expect(await db.current.prisma.ballotParticipation.count({ where: { roundId, staffId: outsider.staff.id } })).toBe(0);
  });

  it('a ballot missing a mark is refused with a message beside the nominee, nothing recorded', async () => {
    const member = council.members[3]!;
    const agent = await agentOf(member.username);
    const form = await agent.get(`/meetings/${meetingId}/rounds/${roundId}/vote`);
    const res = await agent
      .post(`/meetings/${meetingId}/rounds/${roundId}/vote`)
      .type('form')
      .send({ _csrf: csrfFrom(form.text), [`n-${nominees[0]}`]: 'agree' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Vui lòng đánh dấu Đồng ý hoặc Không đồng ý.');
    expect(await db.current.prisma.ballotParticipation.count({ where: { roundId, staffId: member.staffId } })).toBe(0);
  });
});

describe('closing, approval, the frozen list', () => {
  it('the remaining members vote, the secretary closes, the result follows the rule over 15 members', async () => {
    // Nominee 0: 12 agree (80% of 15: passes). Nominee 1: 11 agree (fails). Nominee 2: everyone disagrees.
    const voters = council.all.filter((p) => !council.members.slice(0, 3).some((m) => m.staffId === p.staffId));
    let k = 0;
    for (const v of voters) {
      const agent = await agentOf(v.username);
      const form = await agent.get(`/meetings/${meetingId}/rounds/${roundId}/vote`);
      k++;
      // The first three members marked agree, disagree, agree: 9 more agree on nominee 0 → 12, 11 more on nominee 1 → 11.
      const res = await agent
        .post(`/meetings/${meetingId}/rounds/${roundId}/vote`)
        .type('form')
        .send(ballotBody(csrfFrom(form.text), (i) => (i === 0 ? (k <= 9 ? 'agree' : 'disagree') : i === 1 ? (k <= 11 ? 'agree' : 'disagree') : 'disagree')));
      expect(res.status).toBe(302);
    }
    const secretary = await agentOf(council.secretary.username);
    const page = await secretary.get(`/meetings/${meetingId}`);
    expect(
      (
        await secretary
          .post(`/meetings/${meetingId}/rounds/${roundId}/close`)
          .type('form')
          .send({ _csrf: csrfFrom(page.text) })
      ).status,
    ).toBe(302);
    const res = await secretary.get(`/meetings/${meetingId}/rounds/${roundId}/result`).set('Accept', 'application/json');
    expect(res.status).toBe(200);
    const byId = new Map(
      (
        res.body as { nominees: Array<{ nomineeId: string; agree: number; disagree: number; blank: number; passed: boolean; pctOfTotal: string }> }
      ).nominees.map((x) => [x.nomineeId, x]),
    );
    expect(byId.get(nominees[0]!)).toMatchObject({ agree: 12, passed: true, pctOfTotal: '80,00' });
    expect(byId.get(nominees[1]!)).toMatchObject({ agree: 11, passed: false, pctOfTotal: '73,33' });
    expect(byId.get(nominees[2]!)).toMatchObject({ agree: 3, passed: false }); // the first three voters marked it agree
    for (const x of byId.values()) expect(x.agree + x.disagree + x.blank).toBe(15);
    expect((res.body as { digest: string }).digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('only the chair approves', async () => {
    for (const username of [council.secretary.username, council.members[0]!.username]) {
      const agent = await agentOf(username);
      const page = await agent.get(`/meetings/${meetingId}`);
      const res = await agent
        .post(`/meetings/${meetingId}/approve`)
        .type('form')
        .send({ _csrf: csrfFrom(page.text) });
      expect(res.status).toBe(403);
    }
    expect(await db.current.prisma.nominationApproval.count()).toBe(0);
  });

  it('approving twice (concurrently) has one effect: one approval, one tờ trình number, one audit row', async () => {
    const chair = await agentOf(council.chair.username);
    const review = await chair.get(`/meetings/${meetingId}/approve`);
    expect(review.status).toBe(200);
    expect(review.text).toContain('Chủ tịch UBND phường');
    const token = csrfFrom(review.text);
    const responses = await Promise.all([1, 2].map(() => chair.post(`/meetings/${meetingId}/approve`).type('form').send({ _csrf: token })));
    for (const r of responses) expect(r.status).toBe(302);
    expect(await db.current.prisma.nominationApproval.count({ where: { meetingId } })).toBe(1);
    expect(await db.current.prisma.auditEvent.count({ where: { action: 'meeting.approve', subjectId: meetingId } })).toBe(1);
    expect(await db.current.prisma.issuedDocument.count({ where: { subjectId: meetingId, type: 'TTr' } })).toBe(1);
    const statuses = await db.current.prisma.nomination.findMany({ where: { id: { in: nominees } }, select: { id: true, status: true } });
    expect(new Map(statuses.map((s) => [s.id, s.status]))).toEqual(
      new Map([
        [nominees[0]!, 'approved'],
        [nominees[1]!, 'not_approved'],
        [nominees[2]!, 'not_approved'],
      ]),
    );
  });

  it('the frozen list cannot be edited, through the app or directly in the database', async () => {
    await expect(db.current.prisma.nomination.update({ where: { id: nominees[0]! }, data: { summary: 'sửa' } })).rejects.toThrow(/frozen/);
    await expect(db.current.prisma.nominationApproval.updateMany({ where: { meetingId }, data: { approvedAt: new Date() } })).rejects.toThrow(/frozen/);
    await expect(db.current.prisma.ballotRound.update({ where: { id: roundId }, data: { status: 'open' } })).rejects.toThrow(/closed/);
  });
});

describe('minutes', () => {
  it('the approved meeting has numbered minutes (snapshot) with each nominee’s votes, % of total members and the digest', async () => {
    const issued = await db.current.prisma.issuedDocument.findFirstOrThrow({ where: { subjectId: meetingId, type: 'BB' } });
    expect(issued.snapshot).toMatchObject({ kind: 'councilMeetingMinutes', model: { symbol: issued.symbol, draft: false } });
    const chair = await agentOf(council.chair.username);
    const pdf = await chair
      .get(`/meetings/${meetingId}/minutes.pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minutes-'));
    writeFileSync(path.join(dir, 'm.pdf'), pdf.body as Buffer);
    const text = execFileSync('pdftotext', [path.join(dir, 'm.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
    const flat = text.replace(/\s+/g, '');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain(issued.symbol);
    expect(flat).toContain('Ứngviên01123012/15(80,00%)Đạt'); // name, agree, disagree, written, votes/total (%), conclusion
    expect(flat).toContain('Ứngviên02114011/15(73,33%)Khôngđạt');
    expect(flat).toContain('ĐềnghịChủtịchUBNDphườngxéttặngChiếnsĩthiđuacơsở:Ứngviên01.');
    const round = await db.current.prisma.ballotRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(flat).toContain(round.digest!);
    const count = await chair.get(`/meetings/${meetingId}/rounds/${roundId}/count.docx`);
    expect(count.status).toBe(200);
  });
});

describe('secrecy of the stored data', () => {
  it('the counter table has no member reference and no timestamp (system catalogue)', async () => {
    // pg_catalog, not information_schema: the app's role owns no table, and information_schema hides the
    // constraints of tables the reader does not own.
    const columnsOf = (table: string) => db.current.prisma.$queryRaw<Array<{ column_name: string; data_type: string }>>`
      SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type FROM pg_attribute a
      WHERE a.attrelid = to_regclass(${`"${table}"`}) AND a.attnum > 0 AND NOT a.attisdropped`;
    const cols = await columnsOf('BallotTally');
    expect(cols.map((c) => c.column_name).sort()).toEqual(['count', 'nominationId', 'option', 'roundId', 'schoolId']);
    for (const c of cols) expect(c.data_type).not.toMatch(/time|date/);
    const fks = await db.current.prisma.$queryRaw<Array<{ target: string }>>`
      SELECT t.relname AS target FROM pg_constraint k JOIN pg_class t ON t.oid = k.confrelid
      WHERE k.conrelid = to_regclass('"BallotTally"') AND k.contype = 'f'`;
    expect([...new Set(fks.map((f) => f.target))]).toEqual(['BallotRound']);
    const participation = await columnsOf('BallotParticipation');
    expect(participation.length).toBeGreaterThan(0);
    for (const c of participation) expect(c.data_type).not.toMatch(/time|date/);
  });

  it('no audit row and no log line holds both a member and a choice', async () => {
    const memberIds = new Set(council.all.flatMap((p) => [p.staffId]));
    const users = await db.current.prisma.user.findMany({ where: { staffId: { in: [...memberIds] } }, select: { id: true } });
    const ids = [...memberIds, ...users.map((u) => u.id)];
    const rows = await db.current.prisma.auditEvent.findMany();
    expect(rows.filter((r) => r.action === 'ballot.vote').length).toBe(15);
    for (const r of rows) {
      const payload = JSON.stringify([r.before, r.after]);
      const hasChoice = /agree|disagree|blank|đồng ý/i.test(payload);
      const hasMember = ids.some((id) => payload.includes(id));
      expect(hasChoice && hasMember, `${r.action} ${payload}`).toBe(false);
      if (r.action === 'ballot.vote') expect(hasChoice).toBe(false);
    }
    for (const line of built.logs) expect(/agree|disagree/.test(line) && ids.some((id) => line.includes(id)), line).toBe(false);
  });
});
