// The manual nomination form: candidate, title, kind, movement, summary; a not-eligible candidate goes forward only
// with a written justification the council sees; the page says who decides each title.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildPerson, buildStaff, TEST_PASSWORD } from '../support/factories.ts';
import { buildCouncil, type CouncilFixture } from '../support/ballotFixtures.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';

const db = useTestDatabase();
let built: ReturnType<typeof buildTestApp>;
let c: CouncilFixture;
let secretary: TestAgent;
let candidateId: string;

beforeAll(async () => {
  built = buildTestApp(db.current);
  c = await buildCouncil(db.current.prisma, 3);
  candidateId = (await buildStaff(db.current.prisma, c.schoolId, { fullName: 'Vũ Thị Đề Nghị' })).id;
  secretary = agentFor(built.app);
  await loginAs(secretary, c.secretary.username, TEST_PASSWORD);
});

async function submit(fields: Record<string, string>) {
  const page = await secretary.get('/nominations/new');
  const token = csrfFrom(page.text);
  return secretary
    .post('/nominations')
    .type('form')
    .send({ _csrf: token, ...fields });
}

describe('manual nomination', () => {
  it('the form lists who decides each title and where it goes (authority table of the rule set in force)', async () => {
    const page = await secretary.get('/nominations/new');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ai quyết định, đề nghị gửi đến đâu');
    expect(page.text).toContain('Đột xuất (thủ tục đơn giản)');
    expect(page.text).toMatch(/Chủ tịch UBND/);
  });

  it('a candidate the engine does not find eligible needs a justification: 422 beside the field, text kept, nothing written', async () => {
    const res = await submit({ candidate: `staff:${candidateId}`, code: 'CSTDCS', kind: 'dot_xuat', summary: 'Cứu học sinh đuối nước ngày 12/10.' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('cần nêu lý do đề nghị');
    expect(res.text).toContain('Cứu học sinh đuối nước ngày 12/10.');
    expect(await db.current.prisma.nomination.count({ where: { staffId: candidateId } })).toBe(0);
  });

  it('a thematic nomination needs its movement', async () => {
    const res = await submit({ candidate: `staff:${candidateId}`, code: 'GIAY_KHEN', kind: 'thematic', summary: 'Thành tích phong trào.' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('chọn phong trào thi đua');
  });

  it('with a justification it is listed; the council sees the justification', async () => {
    const justification = 'Hành động dũng cảm, được địa phương ghi nhận bằng văn bản.';
    const res = await submit({
      candidate: `staff:${candidateId}`,
      code: 'CSTDCS',
      kind: 'dot_xuat',
      summary: 'Cứu học sinh đuối nước ngày 12/10.',
      justification,
    });
    expect(res.status).toBe(302);
    const n = await db.current.prisma.nomination.findFirstOrThrow({ where: { staffId: candidateId } });
    expect([n.kind, n.justification, n.status]).toEqual(['dot_xuat', justification, 'proposed']);
    const list = await secretary.get('/nominations');
    expect(list.text).toContain(justification);
    const outsider = agentFor(built.app);
    const staff = await buildPerson(db.current.prisma, c.schoolId);
    await loginAs(outsider, staff.user.username, TEST_PASSWORD);
    expect((await outsider.get('/nominations/new')).status).toBe(403);
  });

  it('the same candidate and title twice is refused beside the candidate', async () => {
    const res = await submit({
      candidate: `staff:${candidateId}`,
      code: 'CSTDCS',
      kind: 'annual',
      summary: 'Lần hai.',
      justification: 'Lý do đủ dài để Hội đồng xem xét lại.',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('đã có đề nghị');
  });
});
