// Issue 11 §5 over HTTP: rule sets authored in the app. Refusals (roles, other school, bad structure, overlapping
// activation refused by the database, editing an active set), the audit rows, and the engine using an activated set
// from its start date only. The browser test (tests/e2e/rulesAuthoring.e2e.test.ts) walks the same flow by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, csrfFrom, loginAs, testClock } from '../support/testApp.ts';
import { authoringSchool, copyRuleSet2, csvLine, saveTitle } from '../support/ruleAuthoringFixture.ts';
import { postForm } from '../support/postForm.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD, buildSchool, buildUser } from '../support/factories.ts';
import { buildAuthoredRuleSet } from '../support/ruleSetFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let admin: TestAgent;
let teacher: TestAgent;
let otherAdmin: TestAgent;
let schoolId: string;
let otherSchoolSetId: string;

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { app } = buildTestApp(db.current, clock);
  // GV1: HTXSNV in both years, no initiative, no research: CSTĐCS under rule set 2 (LĐTT and any of HTXSNV/
  // initiative/research), not under "all of".
  ({ schoolId, admin, teacher } = await authoringSchool(prisma, app, [2025, 2026]));
  const other = await buildSchool(prisma, { years: [2026] });
  otherAdmin = agentFor(app);
  await loginAs(otherAdmin, (await buildUser(prisma, other.school.id, { isAdmin: true })).username, TEST_PASSWORD);
  otherSchoolSetId = (await buildAuthoredRuleSet(prisma, { schoolId: other.school.id })).id;
});

const verdictOf = (year: number) => csvLine(admin, year, 'GV1', 'CSTĐCS');
const copy = (name: string, effectiveFrom: string, effectiveTo = '') => copyRuleSet2(admin, name, effectiveFrom, effectiveTo);

describe('as an administrator', () => {
  let id: string;

  it('copies rule set 2 into a candidate (audited) that decides nothing before activation', async () => {
    id = await copy('Quy định trường 2026', '01/09/2026');
    const row = await db.current.prisma.authoredRuleSet.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: 'candidate', schoolId });
    expect((row.definition as { version: number }).version).toBe(1);
    const audit = await db.current.prisma.auditEvent.findFirst({ where: { action: 'rules.ruleSet.create', subjectId: id } });
    expect(audit).not.toBeNull();
  });

  it('a bad threshold or award in a row is refused beside the field, the typed values kept, nothing saved', async () => {
    const before = (await db.current.prisma.authoredRuleSet.findUniqueOrThrow({ where: { id } })).definition;
    const res = await saveTitle(admin, id, 'CSTD_TP', { 'r0.times': 'ba', 'r0.title': 'KHONG_CO', 'r1.years': '40' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Nhập một số.');
    expect(res.text).toContain('Chọn một danh hiệu của bộ quy định.');
    expect(res.text).toContain('Số năm phải là số nguyên từ 1 đến 30.');
    expect(res.text).toMatch(/name="r0\.times" type="text" value="ba"/);
    expect((await db.current.prisma.authoredRuleSet.findUniqueOrThrow({ where: { id } })).definition).toEqual(before);
  });

  it('removing every member of a group or every row is refused with a Vietnamese reason', async () => {
    const res = await saveTitle(admin, id, 'CSTDCS', { 'r2.remove': 'on', 'r3.remove': 'on', 'r4.remove': 'on' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Nhóm phải còn ít nhất một điều kiện.');
    const res2 = await saveTitle(admin, id, 'CSTDCS', { 'r0.remove': 'on', 'r1.remove': 'on' });
    expect(res2.status).toBe(422);
    expect(res2.text).toContain('Danh hiệu phải có ít nhất một điều kiện.');
  });

  it('a threshold changed in one row leaves the other rows that shared its parameter alone', async () => {
    // bkttg.years is read by three BK_TTG rows; the second row's "số năm liên tục" becomes 4, the others stay 5.
    const res = await saveTitle(admin, id, 'BK_TTG', { 'r1.years': '4' });
    expect(res.status).toBe(302);
    const page = (await admin.get(`/rules/authored/${id}`)).text;
    expect(page).toContain('Số năm liên tục: 4 năm');
    expect(page).toContain('Cách năm xét ít nhất: 5 năm');
  });

  it('changes CSTĐCS to "all of"; the diff shows it; the report uses it only once activated, and only from its date', async () => {
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r1.kind': 'allOf' })).status).toBe(302);
    const page = (await admin.get(`/rules/authored/${id}`)).text;
    expect(page).toContain('Đạt tất cả các điều kiện trong nhóm');
    expect(await verdictOf(2026)).toContain('Đủ điều kiện');
    expect(await verdictOf(2026)).not.toContain('Không đủ');

    const missing = await postForm(admin, `/rules/authored/${id}`, `/rules/authored/${id}/activate`, { reason: '' });
    expect(missing.status).toBe(422);
    const ok = await postForm(admin, `/rules/authored/${id}`, `/rules/authored/${id}/activate`, { reason: 'Quyết định 12/QĐ-UBND ngày 20/11/2026' });
    expect(ok.status).toBe(302);
    const audit = await db.current.prisma.auditEvent.findFirst({ where: { action: 'rules.ruleSet.activate', subjectId: id } });
    expect(audit?.after).toMatchObject({ state: 'active', reason: 'Quyết định 12/QĐ-UBND ngày 20/11/2026', effectiveFrom: '2026-09-01' });
    expect(await verdictOf(2026)).toContain('Không đủ điều kiện'); // evaluation date 31/05/2027: the authored set
    expect(await verdictOf(2025)).not.toContain('Không đủ'); // 31/05/2026: before its start, rule set 2
  });

  it('an active set cannot be edited (409)', async () => {
    const res = await postForm(admin, `/rules/authored/${id}`, `/rules/authored/${id}/general`, {
      name: 'Đổi tên',
      effectiveFrom: '01/09/2026',
      effectiveTo: '',
    });
    expect(res.status).toBe(409);
  });

  it('a second set overlapping the active one is refused by the database, named on the page (409)', async () => {
    const second = await copy('Quy định chồng thời gian', '01/01/2027', '31/12/2027');
    const res = await postForm(admin, `/rules/authored/${second}`, `/rules/authored/${second}/activate`, { reason: 'Thử chồng' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('trùng với bộ quy định đang áp dụng «Quy định trường 2026» (01/09/2026 – không thời hạn)');
    expect((await db.current.prisma.authoredRuleSet.findUniqueOrThrow({ where: { id: second } })).state).toBe('candidate');
    // The guard is the database's: a direct write is refused too.
    await expect(
      db.current.prisma.authoredRuleSet.update({
        where: { id: second },
        data: {
          state: 'active',
          activatedBy: (await db.current.prisma.user.findFirstOrThrow({ where: { schoolId, isAdmin: true } })).id,
          activatedAt: new Date(),
          activationReason: 'x',
        },
      }),
    ).rejects.toThrow();
  });
});

describe('refusals for others', () => {
  it('a teacher gets 403 on the editor and on a POST', async () => {
    const row = await db.current.prisma.authoredRuleSet.findFirstOrThrow({ where: { schoolId } });
    expect((await teacher.get(`/rules/authored/${row.id}`)).status).toBe(403);
    expect((await teacher.get('/rules/authored/new')).status).toBe(403);
    const csrf = csrfFrom((await teacher.get('/')).text);
    expect((await teacher.post(`/rules/authored/${row.id}/activate`).type('form').send({ _csrf: csrf, reason: 'x' })).status).toBe(403);
  });

  it("another school's set is not found (404), for reading and writing", async () => {
    expect((await admin.get(`/rules/authored/${otherSchoolSetId}`)).status).toBe(404);
    const csrf = csrfFrom((await admin.get('/rules/authored/new')).text);
    expect((await admin.post(`/rules/authored/${otherSchoolSetId}/activate`).type('form').send({ _csrf: csrf, reason: 'x' })).status).toBe(404);
    expect((await otherAdmin.get(`/rules/authored/${otherSchoolSetId}`)).status).toBe(200);
  });
});
