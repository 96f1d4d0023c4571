// The initiative council's composition, enforced when a council decision is saved: at least three members (chair
// included) and a chair who is the head or a deputy — the rules' parameters, shown with their basis; refusals come
// back beside the initiative column (422) with the form as typed, and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();
type Person = Awaited<ReturnType<typeof buildPerson>>;
let admin: TestAgent;
let head: Person, deputy: Person, teachers: Person[];
let schoolId = '';

async function decide(number: string, o: { initiative: Person[]; chair?: Person }) {
  const form = await admin.get('/council/2025/decisions/new');
  expect(form.status).toBe(200);
  const body: Record<string, string> = { _csrf: csrfFrom(form.text), number, signedOn: '15/09/2025', [`members[${head.staff.id}]`]: 'chair' };
  for (const p of o.initiative) body[`initiative[${p.staff.id}]`] = 'on';
  if (o.chair) body.initiativeChair = o.chair.staff.id;
  return admin.post('/council/2025/decisions').type('form').send(body);
}

beforeAll(async () => {
  const prisma = db.current.prisma;
  const school = await buildSchool(prisma, { years: [2025] });
  schoolId = school.school.id;
  head = await buildPerson(prisma, schoolId, { fullName: 'Nguyễn Thúy Hà' });
  deputy = await buildPerson(prisma, schoolId, { fullName: 'Trần Minh Đức' });
  teachers = [await buildPerson(prisma, schoolId, { fullName: 'Lê Văn Bình' }), await buildPerson(prisma, schoolId, { fullName: 'Phạm Thị Cúc' })];
  await prisma.staff.update({ where: { id: head.staff.id }, data: { position: 'Hiệu trưởng' } });
  await prisma.staff.update({ where: { id: deputy.staff.id }, data: { position: 'Phó Hiệu trưởng' } });
  const a = await buildPerson(prisma, schoolId, { isAdmin: true });
  admin = agentFor(buildTestApp(db.current, testClock('2025-09-15T03:00:00Z')).app);
  expect((await loginAs(admin, a.user.username, TEST_PASSWORD)).status).toBe(302);
});

describe('as the admin saving a council decision', () => {
  it('shows the rules with their basis on the form', async () => {
    const form = await admin.get('/council/2025/decisions/new');
    expect(form.text).toContain('Hội đồng sáng kiến: ít nhất 3 thành viên (kể cả Chủ tịch); Chủ tịch là Hiệu trưởng, Phó Hiệu trưởng.');
    expect(form.text).toContain('[U]</span> Hội đồng sáng kiến cơ sở, Thông tư 18/2013/TT-BKHCN');
  });

  it('refuses a chair who is neither the head nor a deputy, keeping the form', async () => {
    const res = await decide('1/QĐ-TH', { initiative: [deputy, teachers[1]!], chair: teachers[0] });
    expect(res.status).toBe(422);
    expect(res.text).toContain('<p class="field__error" id="initiative-error">Chủ tịch Hội đồng sáng kiến phải là Hiệu trưởng, Phó Hiệu trưởng.</p>');
    expect(res.text).toMatch(new RegExp(`name="initiativeChair" value="${teachers[0]!.staff.id}"[^>]*checked`));
    expect(res.text).toContain('value="1/QĐ-TH"');
  });

  it('refuses fewer than three members, and seats without a chair', async () => {
    const few = await decide('2/QĐ-TH', { initiative: [teachers[0]!], chair: deputy });
    expect(few.status).toBe(422);
    expect(few.text).toContain('Hội đồng sáng kiến cần ít nhất 3 thành viên (kể cả Chủ tịch).');
    const noChair = await decide('3/QĐ-TH', { initiative: [deputy, ...teachers] });
    expect(noChair.status).toBe(422);
    expect(noChair.text).toContain('Chọn Chủ tịch Hội đồng sáng kiến (người giữ chức vụ Hiệu trưởng, Phó Hiệu trưởng).');
    expect(await db.current.prisma.councilDecision.count({ where: { schoolId } })).toBe(0);
    expect(await db.current.prisma.councilMembership.count({ where: { schoolId } })).toBe(0);
  });

  it('saves a council of three chaired by the deputy (chair seated even if not ticked); the next form starts from it', async () => {
    const ok = await decide('4/QĐ-TH', { initiative: teachers, chair: deputy });
    expect(ok.status).toBe(302);
    const decision = await db.current.prisma.councilDecision.findFirstOrThrow({ where: { schoolId, number: '4/QĐ-TH' } });
    expect(decision.initiativeChairId).toBe(deputy.staff.id);
    const seats = await db.current.prisma.councilMembership.findMany({ where: { schoolId, role: 'initiative_council' } });
    expect(seats.map((s) => s.staffId).sort()).toEqual([deputy, ...teachers].map((p) => p.staff.id).sort());
    const next = await admin.get('/council/2025/decisions/new');
    expect(next.text).toMatch(new RegExp(`name="initiativeChair" value="${deputy.staff.id}"[^>]*checked`));
  });
});
