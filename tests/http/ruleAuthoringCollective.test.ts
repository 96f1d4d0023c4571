// Issue 11 §5: a collective title's criteria are restructured in the editor like an individual title's (rows added
// and removed, all of / any of, groups), and the collective's verdict follows once the set is active.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { agentFor, buildTestApp, loginAs, testClock } from '../support/testApp.ts';
import { copyRuleSet2, saveTitle } from '../support/ruleAuthoringFixture.ts';
import { postForm } from '../support/postForm.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { TEST_PASSWORD, buildSchool, buildUser } from '../support/factories.ts';
import { buildCollective, buildCollectiveYearRecord } from '../support/recordFactories.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let admin: TestAgent;
let id: string;

const post = (page: string, url: string, form: Record<string, string>) => postForm(admin, page, url, form);

/** The collective's TTLĐTT line of the 2026 report (rated HTXSNV, no members: not eligible under rule set 2). */
const verdict = async () =>
  (await admin.get('/eligibility/2026/export.csv')).text.split('\r\n').find((l) => l.includes('Tổ Văn') && l.includes(',TTLĐTT,')) ?? '';
const page = `/rules/authored/:id/titles/TTLDTT`;
const url = () => page.replace(':id', id);

beforeAll(async () => {
  const prisma = db.current.prisma;
  const { school } = await buildSchool(prisma, { years: [2025, 2026] });
  const collective = await buildCollective(prisma, { schoolId: school.id, name: 'Tổ Văn' });
  await buildCollectiveYearRecord(prisma, { collectiveId: collective.id, startYear: 2026, rating: 'HTXSNV' });
  admin = agentFor(buildTestApp(db.current, clock).app);
  await loginAs(admin, (await buildUser(prisma, school.id, { isAdmin: true })).username, TEST_PASSWORD);
  id = await copyRuleSet2(admin, 'Quy định tập thể', '01/09/2026');
});

describe('as an administrator, a collective title', () => {
  it('has an editor with its rows and the collective kinds to add', async () => {
    const res = await admin.get(url());
    expect(res.status).toBe(200);
    expect(res.text).toContain('Tập thể xếp loại trong năm từ mức');
    expect(res.text).toContain('Số thành viên đạt danh hiệu');
    expect(res.text).not.toContain('Chuỗi danh hiệu liên tục'); // individual kinds are not offered
  });

  it('takes a new row, a group with a member, and loses a row', async () => {
    expect((await post(url(), `${url()}/rows`, { kind: 'membersTitleCount', parent: '' })).status).toBe(302);
    expect((await post(url(), `${url()}/rows`, { kind: 'anyOf', parent: '' })).status).toBe(302);
    let html = (await admin.get(url())).text;
    expect(html).toContain('4. Số thành viên đạt danh hiệu');
    expect(html).toContain('5. Đạt một trong các điều kiện trong nhóm');
    expect(html).toContain('6. Tập thể xếp loại trong năm từ mức');
    expect((await saveTitle(admin, id, 'TTLDTT', { 'r3.remove': 'on', 'r3.count': '2' })).status).toBe(302);
    html = (await admin.get(url())).text;
    expect(html).not.toContain('Số thành viên đạt danh hiệu</legend>');
    expect((await admin.get(`/rules/authored/${id}`)).text).toContain('Đạt một trong các điều kiện trong nhóm');
  });

  it('"any of" at the top: once active, the collective rated HTXSNV with no members becomes eligible', async () => {
    expect(await verdict()).toContain('Không đủ điều kiện');
    expect((await saveTitle(admin, id, 'TTLDTT', { combinator: 'anyOf' })).status).toBe(302);
    expect(await verdict()).toContain('Không đủ điều kiện'); // a candidate decides nothing
    expect((await post(`/rules/authored/${id}`, `/rules/authored/${id}/activate`, { reason: 'Quyết định 30/QĐ-UBND' })).status).toBe(302);
    const after = await verdict();
    expect(after).toContain('Đủ điều kiện');
    expect(after).not.toContain('Không đủ');
  });
});
