// Where the school is competent (Giấy khen of the principal, turned on by an audited parameter override), the chair's
// approval issues the numbered quyết định, snapshot at issue, downloadable as PDF and DOCX; no tờ trình is numbered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { castVote } from '../../src/features/ballot/castVote.ts';
import { closeRound } from '../../src/features/ballot/closeRound.ts';
import { openRound } from '../../src/features/ballot/openRound.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildCouncil, buildMeeting, buildNominations, type CouncilFixture } from '../support/ballotFixtures.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { flat, pdfText, removeTempPdfs, writeTempPdf } from '../unit/documents/support/pdfTools.ts';

const db = useTestDatabase();
let c: CouncilFixture;
let meetingId: string;
let chair: TestAgent;

beforeAll(async () => {
  const prisma = db.current.prisma;
  c = await buildCouncil(prisma, 5);
  const chairUser = await prisma.user.findFirstOrThrow({ where: { username: c.chair.username } });
  await prisma.ruleParameterOverride.create({
    data: {
      schoolId: c.schoolId,
      ruleSetId: 'luat2022-nd152-2025',
      key: 'authority.principalGiayKhen',
      value: true,
      effectiveFrom: new Date('2025-07-01T00:00:00Z'),
      reason: 'Hiệu trưởng được giao tặng Giấy khen',
      createdBy: chairUser.id,
    },
  });
  const nominees = await buildNominations(prisma, c, 'GIAY_KHEN', 2);
  meetingId = (await buildMeeting(prisma, c)).id;
  const ctx = { actor: { id: null, schoolId: c.schoolId }, now: new Date('2026-11-20T08:00:00Z') };
  const roundId = await openRound(prisma, ctx, { meetingId, code: 'GIAY_KHEN', mode: 'screen', quota: null });
  for (const m of c.all) await castVote(prisma, ctx, { roundId, staffId: m.staffId, choices: new Map(nominees.map((n) => [n, 'agree'])) });
  await closeRound(prisma, ctx, roundId);
  chair = agentFor(buildTestApp(db.current).app);
  await loginAs(chair, c.chair.username, TEST_PASSWORD);
  const page = await chair.get(`/meetings/${meetingId}/approve`);
  expect(
    (
      await chair
        .post(`/meetings/${meetingId}/approve`)
        .type('form')
        .send({ _csrf: csrfFrom(page.text) })
    ).status,
  ).toBe(302);
});
afterAll(() => removeTempPdfs());

describe('quyết định at approval where the school decides', () => {
  it('is numbered in the school register with a snapshot; no tờ trình is numbered', async () => {
    const docs = await db.current.prisma.issuedDocument.findMany({ where: { subject: 'Meeting', subjectId: meetingId } });
    expect(docs.map((d) => d.type).sort()).toEqual(['BB', 'QĐ']);
    const qd = docs.find((d) => d.type === 'QĐ')!;
    expect(qd.snapshot).toMatchObject({ version: 1, kind: 'awardDecision' });
    const show = await chair.get(`/meetings/${meetingId}`);
    expect(show.text).toContain(`Quyết định khen thưởng số ${qd.symbol}`);
  });

  it('downloads as a PDF whose text names the decision, the year and both nominees', async () => {
    const res = await chair.get(`/meetings/${meetingId}/decision.pdf`).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = flat(pdfText(writeTempPdf(res.body as Buffer, 'decision.pdf')));
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc khen thưởng năm học 2026-2027');
    expect(text).toContain('Ứng viên 01');
    expect(text).toContain('Ứng viên 02');
    expect(text).toContain('Giấy khen');
    const docx = await chair.get(`/meetings/${meetingId}/decision.docx`);
    expect(docx.status).toBe(200);
  });
});
