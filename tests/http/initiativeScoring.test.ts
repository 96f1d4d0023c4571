// Independent, conflict-free scoring over HTTP: an author on the council is refused on their own initiative's scoring
// URL; a reviewer cannot see another score before submitting (pages, JSON, council list); 25 points apart calls for
// a third reviewer; the mean and grade follow the configuration; a resubmitted score is a new version.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
const agents: Record<string, TestAgent> = {};

const points = (novelty: number, soundness: number, effectiveness: number, applicability: number) => ({
  'points.novelty': String(novelty),
  'points.soundness': String(soundness),
  'points.effectiveness': String(effectiveness),
  'points.applicability': String(applicability),
});

async function score(agent: TestAgent, id: string, body: Record<string, string>) {
  const page = await agent.get(`/initiatives/${id}/score`);
  expect(page.status).toBe(200);
  return agent
    .post(`/initiatives/${id}/score`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), ...body });
}

async function assign(id: string, staffId: string) {
  const page = await agents.secretary!.get(`/initiatives/${id}?view=1`);
  return agents
    .secretary!.post(`/initiatives/${id}/reviewers`)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), staffId });
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  s = await buildInitiativeSchool(prisma);
  const app = buildTestApp(db.current, clock).app;
  const who = { secretary: s.secretary, chair: s.chair, m0: s.members[0]!, m1: s.members[1]!, m2: s.members[2]!, teacher: s.teacher };
  for (const [name, p] of Object.entries(who)) {
    agents[name] = agentFor(app);
    expect((await loginAs(agents[name], p.user.username, TEST_PASSWORD)).status).toBe(302);
  }
});

describe('an author who sits on the council', () => {
  it('is never assigned their own initiative and gets a refusal with the reason on its scoring URL', async () => {
    const prisma = db.current.prisma;
    const own = await buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: s.year,
      authors: [
        { staffId: s.members[0]!.staff.id, sharePct: 70 },
        { staffId: s.teacher.staff.id, sharePct: 30 },
      ],
    });
    // By hand: refused with the reason.
    const byHand = await assign(own.id, s.members[0]!.staff.id);
    expect(byHand.status).toBe(302);
    expect(await prisma.initiativeReview.count({ where: { initiativeId: own.id } })).toBe(0);
    // Automatically: the two other members, never the author.
    const page = await agents.secretary!.get('/initiatives/progress');
    await agents
      .secretary!.post('/initiatives/assign-auto')
      .type('form')
      .send({ _csrf: csrfFrom(page.text) });
    const reviewers = (await prisma.initiativeReview.findMany({ where: { initiativeId: own.id } })).map((r) => r.reviewerStaffId).sort();
    expect(reviewers).toEqual([s.members[1]!.staff.id, s.members[2]!.staff.id].sort());
    // Even forced into the table, the scoring form refuses the author and says why.
    await prisma.initiativeReview.create({
      data: { schoolId: s.school.id, initiativeId: own.id, reviewerStaffId: s.members[0]!.staff.id, assignedAt: new Date() },
    });
    const refused = await agents.m0!.get(`/initiatives/${own.id}/score`).set('Accept', 'text/html');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Bạn là tác giả của sáng kiến này nên không được chấm điểm sáng kiến của chính mình.');
    const post = await agents
      .m0!.post(`/initiatives/${own.id}/score`)
      .type('form')
      .send({ _csrf: csrfFrom((await agents.m0!.get('/initiatives')).text), ...points(30, 20, 30, 20) });
    expect(post.status).toBe(403);
    expect(await prisma.initiativeScore.count({ where: { initiativeId: own.id } })).toBe(0);
    // The author sees the progress, never a score.
    const authorView = await agents.teacher!.get(`/initiatives/${own.id}`);
    expect(authorView.text, authorView.text.slice(authorView.text.indexOf('<main'), authorView.text.indexOf('<main') + 1500)).toContain('đang chấm (0/2)');
  });
});

describe('independent scoring', () => {
  it('hides the other score from a reviewer who has not submitted (page, score form, JSON, council list), then 25 points apart requires a third review', async () => {
    const prisma = db.current.prisma;
    const i = await buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: s.year,
      authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }],
      title: 'Trò chơi tính nhẩm lớp 3',
    });
    expect((await assign(i.id, s.members[0]!.staff.id)).status).toBe(302);
    expect((await assign(i.id, s.members[1]!.staff.id)).status).toBe(302);
    expect((await score(agents.m0!, i.id, { ...points(28, 18, 28, 16), comment: 'Rất thiết thực, BÍ-MẬT-M0' })).status).toBe(302);

    // m1 has not submitted: nothing of m0's score anywhere.
    for (const path of [`/initiatives/${i.id}?view=1`, `/initiatives/${i.id}/score`, `/initiatives/${i.id}/scores.json`]) {
      const res = await agents.m1!.get(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toContain('BÍ-MẬT-M0');
    }
    const json = (await agents.m1!.get(`/initiatives/${i.id}/scores.json`)).body as { scores: unknown[]; mean: unknown };
    expect(json.scores).toEqual([]);
    expect(json.mean).toBeNull();
    expect((await agents.m1!.get('/initiatives/council').set('Accept', 'text/html')).status).toBe(403);
    expect((await agents.m1!.get('/initiatives/council/decision.pdf')).status).toBe(403);
    // The author does not see it either.
    expect((await agents.teacher!.get(`/initiatives/${i.id}/scores.json`)).body).toMatchObject({ scores: [], mean: null, progress: { done: 1, of: 2 } });

    // m1 scores 65: 25 points apart, so no result yet; then m1 sees m0's score.
    expect((await score(agents.m1!, i.id, points(20, 15, 20, 10))).status).toBe(302);
    let row = await prisma.initiativeRecord.findUniqueOrThrow({ where: { id: i.id } });
    expect(row.status).toBe('under_review');
    expect(row.meanScore).toBeNull();
    expect((await agents.m1!.get(`/initiatives/${i.id}/score`)).text).toContain('BÍ-MẬT-M0');

    // The third reviewer: mean of 90, 65 and 80 = 78.3, grade B.
    expect((await assign(i.id, s.members[2]!.staff.id)).status).toBe(302);
    expect((await score(agents.m2!, i.id, points(25, 15, 25, 15))).status).toBe(302);
    row = await prisma.initiativeRecord.findUniqueOrThrow({ where: { id: i.id } });
    expect(row.status).toBe('scored');
    expect(Number(row.meanScore)).toBe(78.3);
    expect(row.grade).toBe('B');
  });

  it('a resubmitted score is a new version; the first stays, in the table and in the audit; without a reason it is refused', async () => {
    const prisma = db.current.prisma;
    const i = await buildInitiative(prisma, { schoolId: s.school.id, schoolYear: s.year, authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }] });
    await assign(i.id, s.members[0]!.staff.id);
    await assign(i.id, s.members[1]!.staff.id);
    await score(agents.m0!, i.id, points(25, 15, 25, 15));
    const noReason = await score(agents.m0!, i.id, points(28, 18, 28, 16));
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Hãy nêu lý do sửa điểm.');
    expect((await score(agents.m0!, i.id, { ...points(28, 18, 28, 16), correctionReason: 'Nhập nhầm điểm hiệu quả' })).status).toBe(302);
    const versions = await prisma.initiativeScore.findMany({
      where: { initiativeId: i.id, reviewerStaffId: s.members[0]!.staff.id },
      orderBy: { version: 'asc' },
    });
    expect(versions.map((v) => [v.version, Number(v.total)])).toEqual([
      [1, 80],
      [2, 90],
    ]);
    const audit = await prisma.auditEvent.findMany({ where: { subjectId: i.id, action: { startsWith: 'initiative.score' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['initiative.score', 'initiative.score.correct']);
    expect(audit[1]!.before).toMatchObject({ version: 1, total: 80 });
    // The database itself refuses to overwrite a submitted score.
    await expect(prisma.initiativeScore.update({ where: { id: versions[0]!.id }, data: { total: 99 } })).rejects.toThrow();
    // Mean with m1's 70: (90 + 70) / 2 = 80, grade B.
    await score(agents.m1!, i.id, points(21, 14, 21, 14));
    const row = await prisma.initiativeRecord.findUniqueOrThrow({ where: { id: i.id } });
    expect([Number(row.meanScore), row.grade]).toEqual([80, 'B']);
  });

  it('a reviewer can declare a conflict and recuse; the recusal is recorded with its reason', async () => {
    const prisma = db.current.prisma;
    const i = await buildInitiative(prisma, { schoolId: s.school.id, schoolYear: s.year, authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }] });
    await assign(i.id, s.members[2]!.staff.id);
    const page = await agents.m2!.get(`/initiatives/${i.id}?view=1`);
    expect(
      (
        await agents
          .m2!.post(`/initiatives/${i.id}/recuse`)
          .type('form')
          .send({ _csrf: csrfFrom(page.text), reason: 'Là người thân của tác giả' })
      ).status,
    ).toBe(302);
    expect(await prisma.initiativeRecusal.findFirst({ where: { initiativeId: i.id } })).toMatchObject({
      staffId: s.members[2]!.staff.id,
      reason: 'Là người thân của tác giả',
    });
    const refused = await agents.m2!.get(`/initiatives/${i.id}/score`).set('Accept', 'text/html');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Bạn đã xin không chấm sáng kiến này vì xung đột lợi ích.');
  });
});
