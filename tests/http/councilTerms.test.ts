// Acceptance (issue 9.2): a later decision replaces the chair and removes a member from its effective date; the
// members, roles and permissions change that day (Vietnam date), and the old chair still reads that year's records.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurrentUser } from '../../src/features/auth/currentUser.ts';
import { councilMembersOn } from '../../src/features/council/councilMembersOn.ts';
import { saveCouncilDecision } from '../../src/features/council/saveCouncilDecision.ts';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildPerson, buildSchool, TEST_PASSWORD } from '../support/factories.ts';

const db = useTestDatabase();
type Person = Awaited<ReturnType<typeof buildPerson>>;
let school: Awaited<ReturnType<typeof buildSchool>>;
let oldChair: Person, newChair: Person, removed: Person, kept: Person, teacher: Person, admin: Person, deputy: Person, third: Person;
let decisionId = '';
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dayBefore = '2026-01-14';
const dayOf = '2026-01-15';

beforeAll(async () => {
  const prisma = db.current.prisma;
  school = await buildSchool(prisma, { years: [2025] });
  const id = school.school.id;
  oldChair = await buildPerson(prisma, id, { fullName: 'Nguyễn Thị Cũ' });
  newChair = await buildPerson(prisma, id, { fullName: 'Trần Văn Mới' });
  removed = await buildPerson(prisma, id, { fullName: 'Lê Thị Thôi' });
  kept = await buildPerson(prisma, id, { fullName: 'Phạm Văn Ở' });
  teacher = await buildPerson(prisma, id, { fullName: 'Hoàng Thị Giáo' });
  admin = await buildPerson(prisma, id, { isAdmin: true });
  // The initiative council needs three members and a chair who is the head or a deputy (issue 12).
  deputy = await buildPerson(prisma, id, { fullName: 'Đỗ Thị Phó' });
  third = await buildPerson(prisma, id, { fullName: 'Vũ Văn Ba' });
  await prisma.staff.update({ where: { id: deputy.staff.id }, data: { position: 'Phó Hiệu trưởng' } });
  // The council formed on 15/09/2025 (kept also sits on the initiative council).
  await saveCouncilDecision(prisma, { actor: { id: admin.user.id, schoolId: id }, now: new Date('2025-09-15T03:00:00Z') }, school.yearOf(2025).id, {
    number: '20/QĐ-TH',
    signedOn: date('2025-09-15'),
    members: [
      { staffId: oldChair.staff.id, role: 'chair' },
      { staffId: removed.staff.id, role: 'council_member' },
      { staffId: kept.staff.id, role: 'council_member' },
      { staffId: kept.staff.id, role: 'initiative_council' },
      { staffId: deputy.staff.id, role: 'initiative_council' },
      { staffId: third.staff.id, role: 'initiative_council' },
    ],
    initiativeChairId: deputy.staff.id,
  });
  flow = await changeCouncilThroughTheForm();
  decisionId = (await prisma.councilDecision.findFirstOrThrow({ where: { number: '3/QĐ-TH' } })).id;
});

/**
 * The change goes through the form once, before any test (each test reads its outcome, so each passes alone with -t):
 * the form, three refused submissions and the accepted one.
 */
async function changeCouncilThroughTheForm() {
  const { app } = buildTestApp(db.current, testClock('2026-01-10T03:00:00Z'));
  const agent = agentFor(app);
  await loginAs(agent, admin.user.username, TEST_PASSWORD);
  const form = await agent.get('/council/2025/decisions/new');
  const body = {
    _csrf: csrfFrom(form.text),
    number: '3/QĐ-TH',
    signedOn: '10/01/2026',
    effectiveOn: '15/01/2026',
    [`members[${oldChair.staff.id}]`]: '',
    [`members[${newChair.staff.id}]`]: 'chair',
    [`members[${removed.staff.id}]`]: '',
    [`members[${kept.staff.id}]`]: 'council_member',
    [`initiative[${kept.staff.id}]`]: 'on',
    [`initiative[${deputy.staff.id}]`]: 'on',
    [`initiative[${third.staff.id}]`]: 'on',
    initiativeChair: deputy.staff.id,
  };
  const post = (extra: Record<string, string>) =>
    agent
      .post('/council/2025/decisions')
      .type('form')
      .send({ ...body, ...extra });
  const twoChairs = await post({ [`members[${kept.staff.id}]`]: 'chair' });
  const tooEarly = await post({ effectiveOn: '15/09/2025' });
  const year9999 = await post({ effectiveOn: '15/01/9999' });
  const ok = await post({});
  return { form, twoChairs, tooEarly, year9999, ok };
}
let flow: Awaited<ReturnType<typeof changeCouncilThroughTheForm>>;

describe('a decision replaces the chair and removes a member', () => {
  it('through the form: starts from the current council, refuses two chairs beside the field, then records the change', async () => {
    const { form, twoChairs, tooEarly, year9999, ok } = flow;
    expect(form.status).toBe(200);
    expect(form.text).toMatch(new RegExp(`name="members\\[${oldChair.staff.id}\\]">[\\s\\S]*?<option value="chair" selected>`));
    expect(form.text).toMatch(new RegExp(`name="initiative\\[${kept.staff.id}\\]"[^>]*checked`));
    expect(twoChairs.status).toBe(422);
    expect(twoChairs.text).toContain('Hội đồng chỉ có một Chủ tịch.');
    expect(twoChairs.text).toContain('value="3/QĐ-TH"');
    expect(twoChairs.text).toContain('value="15/01/2026"');
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.text).toContain('Đã có quyết định có hiệu lực từ ngày này hoặc sau ngày này');
    expect(year9999.status).toBe(422);
    expect(year9999.text).toContain('Năm phải từ 1900 đến 2200');
    expect(ok.status).toBe(302);
    const audit = await db.current.prisma.auditEvent.findFirstOrThrow({ where: { action: 'council.decision.create', subjectId: decisionId } });
    expect(audit.after).toMatchObject({ effectiveOn: dayOf, opened: [{ staffId: newChair.staff.id, role: 'chair' }] });
  });

  it('the members on the day before and on the effective date', async () => {
    const names = async (iso: string, kind: 'council' | 'initiative') =>
      (await councilMembersOn(db.current.prisma, school.school.id, date(iso), kind)).map((m) => `${m.role}:${m.fullName}`);
    // By given name (Vietnamese order): Ở before Thôi.
    expect(await names(dayBefore, 'council')).toEqual(['chair:Nguyễn Thị Cũ', 'council_member:Phạm Văn Ở', 'council_member:Lê Thị Thôi']);
    expect(await names(dayOf, 'council')).toEqual(['chair:Trần Văn Mới', 'council_member:Phạm Văn Ở']);
    const initiative = ['initiative_council:Phạm Văn Ở', 'initiative_council:Đỗ Thị Phó', 'initiative_council:Vũ Văn Ba'].sort();
    expect((await names(dayBefore, 'initiative')).sort()).toEqual(initiative);
    expect((await names(dayOf, 'initiative')).sort()).toEqual(initiative);
    const ended = await db.current.prisma.councilMembership.findFirstOrThrow({ where: { staffId: oldChair.staff.id, role: 'chair' } });
    expect(ended).toMatchObject({ validTo: date(dayBefore), endedByDecisionId: decisionId });
    const keptTerm = await db.current.prisma.councilMembership.findMany({ where: { staffId: kept.staff.id, role: 'council_member' } });
    expect(keptTerm).toHaveLength(1); // kept in office: the same term goes on
    expect(keptTerm[0]!.validTo).toBeNull();
  });

  it("each person's roles and permissions on each day, by the Vietnam date of the moved clock", async () => {
    const on = async (p: Person, instant: string) => (await loadCurrentUser(db.current.prisma, p.user.id, new Date(instant)))!;
    const before = '2026-01-14T10:00:00Z'; // 17:00 on 14/01 in Vietnam
    const after = '2026-01-14T18:00:00Z'; // 01:00 on 15/01 in Vietnam
    expect((await on(oldChair, before)).roles).toContain('chair');
    expect((await on(oldChair, before)).permissions.has('council:manage')).toBe(true);
    expect((await on(oldChair, after)).roles).not.toContain('chair');
    expect((await on(oldChair, after)).permissions.has('council:manage')).toBe(false);
    expect((await on(oldChair, after)).permissions.has('ballot:cast')).toBe(false);
    expect((await on(newChair, before)).roles).not.toContain('chair');
    expect((await on(newChair, after)).roles).toContain('chair');
    expect((await on(newChair, after)).permissions.has('council:manage')).toBe(true);
    expect((await on(removed, before)).permissions.has('ballot:cast')).toBe(true);
    expect((await on(removed, after)).roles).not.toContain('council_member');
    expect((await on(removed, after)).permissions.has('ballot:cast')).toBe(false);
    expect((await on(kept, after)).roles).toEqual(expect.arrayContaining(['council_member', 'initiative_council']));
    expect((await on(kept, after)).permissions.has('ballot:cast')).toBe(true);
  });

  it("the old chair and the removed member still read that year's council records; a teacher never on it does not", async () => {
    const { app } = buildTestApp(db.current, testClock('2026-03-01T03:00:00Z'));
    for (const [p, status] of [
      [oldChair, 200],
      [removed, 200],
      [newChair, 200],
      [teacher, 403],
    ] as const) {
      const agent = agentFor(app);
      await loginAs(agent, p.user.username, TEST_PASSWORD);
      expect((await agent.get('/council/2025/history')).status).toBe(status);
    }
  });

  it('the council page shows the members on a date with their periods, and every term of the year', async () => {
    const { app } = buildTestApp(db.current, testClock('2026-03-01T03:00:00Z'));
    const agent = agentFor(app);
    await loginAs(agent, teacher.user.username, TEST_PASSWORD);
    const page = await agent.get('/council/2025?on=14/01/2026');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Thành viên Hội đồng ngày 14/01/2026');
    expect(page.text).toContain('15/09/2025 – 14/01/2026');
    expect(page.text).toContain('thôi theo Quyết định số 3/QĐ-TH');
    const today = await agent.get('/council/2025');
    expect(today.text).toContain('Thành viên Hội đồng ngày 01/03/2026');
    expect(today.text).toContain('từ 15/01/2026');
  });
});
