// Issue 11 §5, stopping an active authored rule set ("ngừng áp dụng"): from a day (its period ends the day before;
// later evaluation dates use the shipped rule set again) or entirely (it decides nothing any more). A reason is
// required, the stop is audited, the facts version is bumped (cached verdicts recompute), the database refuses a
// deactivated row without reason and time, and the refusals are Vietnamese sentences.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { authoringSchool, copyRuleSet2, csvLine, saveTitle } from '../support/ruleAuthoringFixture.ts';
import { postForm } from '../support/postForm.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildSchool } from '../support/factories.ts';
import { buildAuthoredRuleSet } from '../support/ruleSetFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let admin: TestAgent;
let teacher: TestAgent;
let schoolId: string;
let otherSchoolSetId: string;
let id: string;

/** GV1's CSTĐCS line of the year's report (HTXSNV every year, no initiative: eligible under rule set 2 only). */
const verdictOf = (year: number) => csvLine(admin, year, 'GV1', 'CSTĐCS');
const stop = (form: Record<string, string>) => postForm(admin, `/rules/authored/${id}`, `/rules/authored/${id}/stop`, form);
const row = () => db.current.prisma.authoredRuleSet.findUniqueOrThrow({ where: { id } });
const factsVersion = async () => (await db.current.prisma.factsVersion.findUnique({ where: { schoolId } }))?.version ?? 0n;

beforeAll(async () => {
  const prisma = db.current.prisma;
  ({ schoolId, admin, teacher } = await authoringSchool(prisma, buildTestApp(db.current, clock).app, [2025, 2026, 2027]));
  const other = await buildSchool(prisma, { years: [2026] });
  otherSchoolSetId = (await buildAuthoredRuleSet(prisma, { schoolId: other.school.id, state: 'active' })).id;

  // A copy of rule set 2 from 01/09/2026 where CSTĐCS needs all of HTXSNV, an initiative and research: GV1 fails it.
  id = await copyRuleSet2(admin, 'Quy định trường 2026', '01/09/2026');
  expect((await saveTitle(admin, id, 'CSTDCS', { 'r1.kind': 'allOf' })).status).toBe(302);
});

describe('as an administrator', () => {
  it('a candidate cannot be stopped (409, in Vietnamese)', async () => {
    const res = await stop({ mode: 'entirely', reason: 'Thử' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('không ở trạng thái đang áp dụng');
    expect((await row()).state).toBe('candidate');
  });

  it('once activated, the set decides both later years (cached)', async () => {
    const ok = await postForm(admin, `/rules/authored/${id}`, `/rules/authored/${id}/activate`, { reason: 'Quyết định 12/QĐ-UBND' });
    expect(ok.status).toBe(302);
    expect(await verdictOf(2026)).toContain('Không đủ điều kiện'); // evaluation date 31/05/2027
    expect(await verdictOf(2027)).toContain('Không đủ điều kiện'); // 31/05/2028
    expect(await verdictOf(2025)).not.toContain('Không đủ'); // 31/05/2026: before its start, rule set 2
    const page = (await admin.get(`/rules/authored/${id}`)).text;
    expect(page).toContain('action="/rules/authored/' + id + '/stop"');
  });

  it('a stop without reason, without a date, or from a day not after its start is refused beside the field (422), nothing saved', async () => {
    const noReason = await stop({ mode: 'from', stopFrom: '01/09/2027', reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toMatch(/id="stop-reason-error"/);
    expect(noReason.text).toMatch(/name="stopFrom" type="text" value="01\/09\/2027"/);
    const noDate = await stop({ mode: 'from', stopFrom: '', reason: 'Quyết định 20/QĐ-UBND' });
    expect(noDate.status).toBe(422);
    expect(noDate.text).toMatch(/id="stop-stopFrom-error"/);
    const early = await stop({ mode: 'from', stopFrom: '01/09/2026', reason: 'Quyết định 20/QĐ-UBND' });
    expect(early.status).toBe(422);
    expect(early.text).toContain('Ngày ngừng áp dụng phải sau ngày bắt đầu hiệu lực (01/09/2026)');
    expect(await row()).toMatchObject({ state: 'active', effectiveTo: null, stoppedAt: null, stopReason: null });
  });

  it('stopped from 01/09/2027: its period ends the day before, audited, the later year falls back to rule set 2', async () => {
    const before = await factsVersion();
    const res = await stop({ mode: 'from', stopFrom: '01/09/2027', reason: 'Quyết định 20/QĐ-UBND ngày 15/08/2027' });
    expect(res.status).toBe(302);
    const r = await row();
    expect(r.state).toBe('active');
    expect(r.effectiveTo?.toISOString().slice(0, 10)).toBe('2027-08-31');
    expect(r.stopReason).toBe('Quyết định 20/QĐ-UBND ngày 15/08/2027');
    expect(r.stoppedAt?.toISOString()).toBe('2026-11-26T03:00:00.000Z');
    expect(await factsVersion()).toBeGreaterThan(before);
    const audit = await db.current.prisma.auditEvent.findFirst({ where: { action: 'rules.ruleSet.stop', subjectId: id } });
    expect(audit?.before).toMatchObject({ state: 'active', effectiveTo: null });
    expect(audit?.after).toMatchObject({ state: 'active', stopFrom: '2027-09-01', effectiveTo: '2027-08-31', reason: 'Quyết định 20/QĐ-UBND ngày 15/08/2027' });
    expect(await verdictOf(2026)).toContain('Không đủ điều kiện'); // 31/05/2027: still the authored set
    expect(await verdictOf(2027)).toContain('Đủ điều kiện');
    expect(await verdictOf(2027)).not.toContain('Không đủ'); // 31/05/2028: after the stop, rule set 2 again
    expect((await admin.get(`/rules/authored/${id}`)).text).toContain('31/08/2027');
  });

  it('a stop day after its (now shortened) end is refused', async () => {
    const res = await stop({ mode: 'from', stopFrom: '01/01/2028', reason: 'Thử' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Bộ quy định chỉ có hiệu lực đến ngày 31/08/2027: ngày ngừng áp dụng không được sau ngày đó.');
  });

  it('stopped entirely: deactivated, audited, no verdict uses it; it cannot be stopped, edited or activated again', async () => {
    const before = await factsVersion();
    const res = await stop({ mode: 'entirely', stopFrom: '', reason: 'Quyết định 25/QĐ-UBND hủy bỏ quy định' });
    expect(res.status).toBe(302);
    expect(await row()).toMatchObject({ state: 'deactivated', stopReason: 'Quyết định 25/QĐ-UBND hủy bỏ quy định' });
    expect(await factsVersion()).toBeGreaterThan(before);
    const audit = await db.current.prisma.auditEvent.findFirst({ where: { action: 'rules.ruleSet.stop', subjectId: id }, orderBy: { id: 'desc' } });
    expect(audit?.after).toMatchObject({ state: 'deactivated', reason: 'Quyết định 25/QĐ-UBND hủy bỏ quy định' });
    expect(await verdictOf(2026)).not.toContain('Không đủ'); // 31/05/2027: rule set 2 again
    const page = (await admin.get(`/rules/authored/${id}`)).text;
    expect(page).toContain('Đã ngừng áp dụng');
    expect(page).not.toContain(`/rules/authored/${id}/stop`);
    expect((await stop({ mode: 'entirely', reason: 'Lần nữa' })).status).toBe(409);
    expect((await postForm(admin, `/rules/authored/${id}`, `/rules/authored/${id}/activate`, { reason: 'Lại' })).status).toBe(409);
    const edit = await postForm(admin, `/rules/authored/${id}`, `/rules/authored/${id}/general`, { name: 'Đổi', effectiveFrom: '01/09/2026', effectiveTo: '' });
    expect(edit.status).toBe(409);
  });

  it('/rules shows the deactivated set as stopped, not as a draft; so do the copy and comparison pages', async () => {
    const rules = (await admin.get('/rules')).text;
    const heading = new RegExp(`<h2 id="${id}-h">([^]*?)</h2>`).exec(rules)?.[1] ?? '';
    expect(heading).toContain('Quy định trường 2026');
    expect(heading).toContain('Đã ngừng áp dụng');
    expect(heading).not.toContain('Dự thảo');
    expect((await admin.get('/rules/authored/new')).text).toContain('Quy định trường 2026 (Đã ngừng áp dụng)');
    const compare = (await admin.get('/rules/compare')).text;
    expect(compare).toMatch(/>Quy định trường 2026 \(đã ngừng áp dụng\)<\/option>/);
    expect(compare).not.toMatch(/<option value="[^"]+" selected>Quy định trường 2026/); // not the default "in force" side
  });

  it('a deactivated set no longer blocks activating another set over its period', async () => {
    const second = await copyRuleSet2(admin, 'Quy định thay thế', '01/10/2026', '31/12/2030');
    expect((await postForm(admin, `/rules/authored/${second}`, `/rules/authored/${second}/activate`, { reason: 'Thay thế' })).status).toBe(302);
  });

  it('the database refuses a deactivated set without a reason or a time, and a stop reason without who and when', async () => {
    const prisma = db.current.prisma;
    const activeId = (await buildAuthoredRuleSet(prisma, { schoolId, state: 'active', effectiveFrom: '2040-01-01' })).id;
    await expect(prisma.authoredRuleSet.update({ where: { id: activeId }, data: { state: 'deactivated' } })).rejects.toThrow();
    const by = (await prisma.user.findFirstOrThrow({ where: { schoolId, isAdmin: true } })).id;
    await expect(
      prisma.authoredRuleSet.update({ where: { id: activeId }, data: { state: 'deactivated', stoppedBy: by, stoppedAt: new Date(), stopReason: '  ' } }),
    ).rejects.toThrow();
    await expect(prisma.authoredRuleSet.update({ where: { id: activeId }, data: { stopReason: 'Không có ai, không có lúc' } })).rejects.toThrow();
    await expect(prisma.authoredRuleSet.update({ where: { id: activeId }, data: { state: 'stopped' } })).rejects.toThrow();
  });
});

describe('refusals for others', () => {
  it('a teacher gets 403 on stopping; another school’s set is not found (404)', async () => {
    const csrf = csrfFrom((await teacher.get('/')).text);
    expect((await teacher.post(`/rules/authored/${id}/stop`).type('form').send({ _csrf: csrf, mode: 'entirely', reason: 'x' })).status).toBe(403);
    const adminCsrf = csrfFrom((await admin.get('/rules/authored/new')).text);
    const res = await admin.post(`/rules/authored/${otherSchoolSetId}/stop`).type('form').send({ _csrf: adminCsrf, mode: 'entirely', reason: 'x' });
    expect(res.status).toBe(404);
    expect((await db.current.prisma.authoredRuleSet.findUniqueOrThrow({ where: { id: otherSchoolSetId } })).state).toBe('active');
  });
});
