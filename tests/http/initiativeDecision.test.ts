// The council's documents and the engine: the chair's decision lists initiatives, authors with shares and grades in
// exact diacritics (pdftotext); once it is issued the authors' eligibility changes as the rules say (CSTĐCS needs
// LĐTT plus a recognised initiative), and the personal record shows the initiative.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { evaluateYear } from '../../src/features/records/evaluateYear.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
const agents: Record<string, TestAgent> = {};
const binary = (req: ReturnType<TestAgent['get']>) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const pdfText = (bytes: Buffer) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sk-'));
  writeFileSync(path.join(dir, 'd.pdf'), bytes);
  return execFileSync('pdftotext', [path.join(dir, 'd.pdf'), '-'], { encoding: 'utf8' });
};
const cstdcs = async (staffId: string) =>
  (await evaluateYear(db.current.prisma, s.school.id, 2026)).verdicts.find((v) => v.candidateId === staffId && v.title === 'CSTDCS')!.status;

async function scoreAs(agent: TestAgent, id: string, p: [number, number, number, number]) {
  const page = await agent.get(`/initiatives/${id}/score`);
  const [novelty, soundness, effectiveness, applicability] = p.map(String);
  const res = await agent
    .post(`/initiatives/${id}/score`)
    .type('form')
    .send({
      _csrf: csrfFrom(page.text),
      'points.novelty': novelty,
      'points.soundness': soundness,
      'points.effectiveness': effectiveness,
      'points.applicability': applicability,
    });
  expect(res.status).toBe(302);
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  s = await buildInitiativeSchool(prisma);
  const app = buildTestApp(db.current, clock).app;
  for (const [name, p] of Object.entries({ secretary: s.secretary, chair: s.chair, m0: s.members[0]!, m1: s.members[1]!, teacher: s.teacher })) {
    agents[name] = agentFor(app);
    await loginAs(agents[name], p.user.username, TEST_PASSWORD);
  }
  // The teacher meets the LĐTT standard in 2026-2027 (rated HTTNV, so CSTĐCS needs a recognised initiative).
  await prisma.staffYearRecord.create({
    data: { schoolId: s.school.id, staffId: s.teacher.staff.id, startYear: 2026, rating: 'HTTNV', monthsWorked: 12, leaveDays: 0 },
  });
  await prisma.awardRecord.create({
    data: {
      schoolId: s.school.id,
      staffId: s.teacher.staff.id,
      startYear: 2026,
      code: 'LDTT',
      decisionNumber: '01/QĐ-TH',
      decisionDate: new Date('2026-11-20'),
      issuer: 'Hiệu trưởng',
    },
  });
});

describe('the recognition decision', () => {
  it('lists initiatives, authors with shares and grades in exact diacritics; authors become CSTĐCS-eligible the moment it is issued', async () => {
    const prisma = db.current.prisma;
    const good = await buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: s.year,
      title: 'Ứng dụng trò chơi học tập để rèn kỹ năng tính nhẩm cho học sinh lớp 3',
      field: 'Toán',
      authors: [
        { staffId: s.teacher.staff.id, sharePct: 60 },
        { staffId: s.secretary.staff.id, sharePct: 40 },
      ],
    });
    const weak = await buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: s.year,
      title: 'Sổ tay ghi chép đơn giản',
      authors: [{ staffId: s.chair.staff.id, sharePct: 100 }],
    });
    for (const i of [good, weak])
      for (const m of [s.members[0]!, s.members[1]!])
        await prisma.initiativeReview.create({ data: { schoolId: s.school.id, initiativeId: i.id, reviewerStaffId: m.staff.id, assignedAt: clock.now } });
    await prisma.initiativeRecord.updateMany({ where: { id: { in: [good.id, weak.id] } }, data: { status: 'under_review' } });
    await scoreAs(agents.m0!, good.id, [28, 18, 27, 17]); // 90
    await scoreAs(agents.m1!, good.id, [26, 17, 26, 17]); // 86 → mean 88, A
    await scoreAs(agents.m0!, weak.id, [12, 10, 12, 6]); // 40
    await scoreAs(agents.m1!, weak.id, [14, 10, 12, 8]); // 44 → mean 42, not recognised

    expect(await cstdcs(s.teacher.staff.id)).toBe('not_eligible');
    const council = await agents.chair!.get('/initiatives/council');
    expect(council.status).toBe(200);
    const issued = await agents
      .chair!.post('/initiatives/council/decision')
      .type('form')
      .send({ _csrf: csrfFrom(council.text) });
    expect(issued.status).toBe(302);
    expect(await cstdcs(s.teacher.staff.id)).toBe('eligible');
    expect((await prisma.initiativeRecord.findUniqueOrThrow({ where: { id: weak.id } })).status).toBe('not_recognised');

    const pdf = await binary(agents.chair!.get('/initiatives/council/decision.pdf'));
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body as Buffer).replace(/\s+/g, ' ');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc công nhận sáng kiến năm học 2026-2027');
    expect(text).toContain('Ứng dụng trò chơi học tập để rèn kỹ năng tính nhẩm cho học sinh lớp 3');
    expect(text).toContain('Hoàng Thị Mai (60%)');
    expect(text).toContain('Trần Minh Thư (40%)');
    expect(text).toContain('Loại A');
    expect(text).toContain('Nghị định số 13/2012/NĐ-CP');
    expect(text).not.toContain('Sổ tay ghi chép đơn giản');
    // Issued once: numbered in the register with its snapshot.
    const doc = await prisma.issuedDocument.findFirstOrThrow({ where: { schoolId: s.school.id, subject: 'InitiativeDecision' } });
    expect(doc.symbol).toMatch(/^01\/QĐ-/);
    expect(doc.snapshot).toMatchObject({ kind: 'initiative-decision' });

    // The author's certificate and personal record.
    const cert = await binary(agents.teacher!.get(`/initiatives/${good.id}/certificate.pdf`));
    expect(cert.status).toBe(200);
    const certText = pdfText(cert.body as Buffer).replace(/\s+/g, ' ');
    expect(certText).toContain('GIẤY CHỨNG NHẬN');
    expect(certText).toContain('Hoàng Thị Mai');
    expect(certText).toContain(doc.symbol);
    const record = await agents.teacher!.get('/records/me').redirects(1);
    expect(record.text).toContain('Ứng dụng trò chơi học tập để rèn kỹ năng tính nhẩm cho học sinh lớp 3');
    // Another author cannot fetch someone else's certificate.
    expect((await agents.teacher!.get(`/initiatives/${good.id}/certificate.pdf?author=${s.secretary.staff.id}`).set('Accept', 'text/html')).status).toBe(403);
  });

  it('the minutes list the members present, the recusals and the scores', async () => {
    const council = await agents.secretary!.get('/initiatives/council');
    const res = await agents
      .secretary!.post('/initiatives/council/minutes')
      .type('form')
      .send({ _csrf: csrfFrom(council.text), present: [s.members[0]!.staff.id, s.members[1]!.staff.id] });
    expect(res.status).toBe(302);
    const text = pdfText((await binary(agents.secretary!.get('/initiatives/council/minutes.pdf'))).body as Buffer).replace(/\s+/g, ' ');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Có mặt 2/3 thành viên');
    expect(text).toContain('Vắng: Đỗ Quang Dũng');
    expect(text).toContain('Lê Văn Bình: 90');
  });
});
