// Proposing to the upper level as an explicit step: the chair proposes a recognised initiative with the date and
// number of the proposal; it leaves the "to propose" list for the "proposed" one; the city's later decision is
// recorded against it (and refused for an initiative never proposed); bad input stays beside the field (422).
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { buildInitiative, buildInitiativeSchool } from '../support/initiativeFactories.ts';

const db = useTestDatabase();
const clock = testClock('2027-06-10T03:00:00Z');
let s: Awaited<ReturnType<typeof buildInitiativeSchool>>;
const agents: Record<string, TestAgent> = {};
let recognised = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  s = await buildInitiativeSchool(prisma);
  const app = buildTestApp(db.current, clock).app;
  for (const [name, p] of Object.entries({ chair: s.chair, secretary: s.secretary, teacher: s.teacher })) {
    agents[name] = agentFor(app);
    expect((await loginAs(agents[name], p.user.username, TEST_PASSWORD)).status).toBe(302);
  }
  const make = (title: string) =>
    buildInitiative(prisma, {
      schoolId: s.school.id,
      schoolYear: s.year,
      authors: [{ staffId: s.teacher.staff.id, sharePct: 100 }],
      status: 'recognised',
      title,
    });
  recognised = (await make('Góc đọc sách lớp 3')).id;
  await make('Bảng tính nhẩm');
  await prisma.initiativeRecord.updateMany({ where: { schoolId: s.school.id }, data: { grade: 'A' } });
});

describe('proposing to the upper level', () => {
  it('lists recognised initiatives to propose; the secretary sees the list but only the chair proposes', async () => {
    const page = await agents.secretary!.get('/initiatives/proposed');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Góc đọc sách lớp 3');
    expect(page.text).toContain('Chưa có sáng kiến nào được đề nghị lên cấp trên.');
    const post = await agents
      .secretary!.post(`/initiatives/${recognised}/propose-upward`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), proposedOn: '05/06/2027', proposalNumber: '12/TTr-TH' });
    expect(post.status).toBe(403);
    expect((await agents.teacher!.get('/initiatives/proposed').set('Accept', 'text/html')).status).toBe(403);
  });

  it('refuses the city decision before any proposal', async () => {
    const page = await agents.chair!.get(`/initiatives/${recognised}?view=1`);
    expect(page.text).toContain('Sáng kiến chưa được đề nghị lên cấp trên.');
    await agents
      .chair!.post(`/initiatives/${recognised}/upper-decision`)
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        upperLevel: 'thanh_pho',
        upperGrade: 'A',
        upperDecisionNumber: '99/QĐ-UBND',
        upperDecisionDate: '01/08/2027',
      });
    expect((await agents.chair!.get(`/initiatives/${recognised}?view=1`)).text).toContain('hãy ghi đề nghị trước khi ghi quyết định của cấp trên');
    expect((await db.current.prisma.initiativeRecord.findUniqueOrThrow({ where: { id: recognised } })).upperDecisionNumber).toBeNull();
  });

  it('refuses a proposal without its number, beside the field, keeping the date typed', async () => {
    const page = await agents.chair!.get('/initiatives/proposed');
    const res = await agents
      .chair!.post(`/initiatives/${recognised}/propose-upward`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), proposedOn: '05/06/2027', proposalNumber: '' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(new RegExp(`id="p-${recognised}-proposalNumber-error"`));
    expect(res.text).toContain('value="05/06/2027"');
  });

  it('records the proposal (date, number, audit), moves it to the proposed list, then takes the city decision against it', async () => {
    const prisma = db.current.prisma;
    const page = await agents.chair!.get('/initiatives/proposed');
    const res = await agents
      .chair!.post(`/initiatives/${recognised}/propose-upward`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), proposedOn: '05/06/2027', proposalNumber: '12/TTr-TH' });
    expect(res.status).toBe(302);
    const row = await prisma.initiativeRecord.findUniqueOrThrow({ where: { id: recognised } });
    expect(row).toMatchObject({ proposedUpward: true, proposalNumber: '12/TTr-TH' });
    expect(row.proposedOn?.toISOString().slice(0, 10)).toBe('2027-06-05');
    expect(await prisma.auditEvent.count({ where: { action: 'initiative.propose-upward', subjectId: recognised } })).toBe(1);
    const list = await agents.secretary!.get('/initiatives/proposed');
    const proposedTable = list.text.slice(list.text.indexOf('id="proposed"'));
    expect(proposedTable).toContain('Góc đọc sách lớp 3');
    expect(proposedTable).toContain('12/TTr-TH, 05/06/2027');
    expect(proposedTable).toContain('Chờ quyết định');
    expect(proposedTable).not.toContain('Bảng tính nhẩm');

    // Proposing twice is refused.
    const again = await agents
      .chair!.post(`/initiatives/${recognised}/propose-upward`)
      .type('form')
      .send({ _csrf: csrfFrom((await agents.chair!.get('/initiatives/proposed')).text), proposedOn: '06/06/2027', proposalNumber: '13/TTr-TH' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Sáng kiến này đã được đề nghị lên cấp trên.');

    // The city's decision, recorded against the proposal: the level rises to the city's.
    const show = await agents.chair!.get(`/initiatives/${recognised}?view=1`);
    expect(show.text).toContain('Đã đề nghị cấp trên công nhận: văn bản số 12/TTr-TH, ngày 05/06/2027.');
    const upper = await agents
      .chair!.post(`/initiatives/${recognised}/upper-decision`)
      .type('form')
      .send({
        _csrf: csrfFrom(show.text),
        upperLevel: 'thanh_pho',
        upperGrade: 'A',
        upperDecisionNumber: '99/QĐ-UBND',
        upperDecisionDate: '01/08/2027',
      });
    expect(upper.status).toBe(302);
    expect(await prisma.initiativeRecord.findUniqueOrThrow({ where: { id: recognised } })).toMatchObject({
      level: 'thanh_pho',
      upperDecisionNumber: '99/QĐ-UBND',
    });
    expect((await agents.secretary!.get('/initiatives/proposed')).text).toContain('99/QĐ-UBND, 01/08/2027');
  });
});
