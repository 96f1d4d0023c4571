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

describe('a group leader proposes for their own group only', () => {
  it('is offered their group and its people; a person or group of another group is refused beside the field, nothing written', async () => {
    const prisma = db.current.prisma;
    const leader = await buildPerson(prisma, c.schoolId, { leads: true, fullName: 'Tổ Trưởng Một' });
    const own = await prisma.collective.findFirstOrThrow({ where: { leaderStaffId: leader.staff.id } });
    const other = await prisma.collective.create({ data: { schoolId: c.schoolId, name: 'Tổ Khác', kind: 'grade_group' } });
    const member = await buildStaff(prisma, c.schoolId, { fullName: 'Người Trong Tổ', collectiveId: own.id });
    const outsider = await buildStaff(prisma, c.schoolId, { fullName: 'Người Ngoài Tổ', collectiveId: other.id });
    const agent = agentFor(built.app);
    await loginAs(agent, leader.user.username, TEST_PASSWORD);
    const page = await agent.get('/nominations/new');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Người Trong Tổ');
    expect(page.text).not.toContain('Người Ngoài Tổ');
    expect(page.text).not.toContain('Tổ Khác');
    const post = (candidate: string) =>
      agent
        .post('/nominations')
        .type('form')
        .send({
          _csrf: csrfFrom(page.text),
          candidate,
          code: 'GIAY_KHEN',
          kind: 'dot_xuat',
          summary: 'Thành tích đột xuất.',
          justification: 'Được phụ huynh và nhà trường ghi nhận bằng văn bản.',
        });
    for (const candidate of [`staff:${outsider.id}`, `collective:${other.id}`]) {
      const refused = await post(candidate);
      expect(refused.status, candidate).toBe(422);
      expect(refused.text).toContain('Tổ trưởng chỉ đề nghị được cho tổ mình phụ trách và cán bộ trong tổ.');
      expect(refused.text).toContain('Thành tích đột xuất.');
    }
    expect(await prisma.nomination.count({ where: { OR: [{ staffId: outsider.id }, { collectiveId: other.id }] } })).toBe(0);
    const ok = await post(`staff:${member.id}`);
    expect(ok.status, (ok.text.match(/field__error[^<]*/g) ?? []).join(' ')).toBe(302);
    expect(await prisma.nomination.count({ where: { staffId: member.id } })).toBe(1);
  });
});

describe("a group leader and another group's nomination", () => {
  it('sees it but can neither add nor remove its evidence (403, nothing stored); their own group’s they can', async () => {
    const prisma = db.current.prisma;
    const leader = await buildPerson(prisma, c.schoolId, { leads: true, fullName: 'Tổ Trưởng Hai' });
    const own = await prisma.collective.findFirstOrThrow({ where: { leaderStaffId: leader.staff.id } });
    const other = await prisma.collective.create({ data: { schoolId: c.schoolId, name: 'Tổ Bên Cạnh', kind: 'grade_group' } });
    const member = await buildStaff(prisma, c.schoolId, { fullName: 'Người Tổ Hai', collectiveId: own.id });
    const outsider = await buildStaff(prisma, c.schoolId, { fullName: 'Người Tổ Bên Cạnh', collectiveId: other.id });
    // The secretary (council) proposes both.
    const propose = async (staffId: string) => {
      const page = await secretary.get('/nominations/new');
      await secretary
        .post('/nominations')
        .type('form')
        .send({
          _csrf: csrfFrom(page.text),
          candidate: `staff:${staffId}`,
          code: 'GIAY_KHEN',
          kind: 'dot_xuat',
          summary: 'Thành tích đột xuất.',
          justification: 'Được phụ huynh và nhà trường ghi nhận bằng văn bản.',
        });
      return prisma.nomination.findFirstOrThrow({ where: { staffId }, select: { id: true } });
    };
    const theirs = await propose(outsider.id);
    const mine = await propose(member.id);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n');
    const file = await prisma.storedFile.create({
      data: {
        schoolId: c.schoolId,
        ownerType: 'Nomination',
        ownerId: theirs.id,
        fileName: 'a.pdf',
        mimeType: 'application/pdf',
        size: pdf.length,
        sha256: 'x',
        content: pdf,
      },
    });
    await prisma.nominationEvidence.create({ data: { schoolId: c.schoolId, nominationId: theirs.id, fileId: file.id } });
    const agent = agentFor(built.app);
    await loginAs(agent, leader.user.username, TEST_PASSWORD);

    const page = await agent.get(`/nominations/${theirs.id}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(`/nominations/${theirs.id}/evidence"`);
    expect(page.text).not.toContain('/remove"');
    const token = csrfFrom(page.text);
    const upload = await agent.post(`/nominations/${theirs.id}/evidence`).set('Accept', 'text/html').field('_csrf', token).attach('file', pdf, 'b.pdf');
    expect(upload.status).toBe(403);
    expect(upload.text).toContain('Tổ trưởng chỉ bổ sung hoặc gỡ minh chứng');
    const remove = await agent.post(`/nominations/${theirs.id}/evidence/${file.id}/remove`).type('form').send({ _csrf: token });
    expect(remove.status).toBe(403);
    expect(await prisma.nominationEvidence.count({ where: { nominationId: theirs.id } })).toBe(1);

    const ownPage = await agent.get(`/nominations/${mine.id}`);
    expect(ownPage.text).toContain(`/nominations/${mine.id}/evidence"`);
    const ok = await agent.post(`/nominations/${mine.id}/evidence`).field('_csrf', csrfFrom(ownPage.text)).attach('file', pdf, 'c.pdf');
    expect(ok.status).toBe(302);
  });
});
