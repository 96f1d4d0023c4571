// Issue 11 §5, restructuring a title in the editor: a row changes kind (fresh parameters at the new kind's starting
// values), rows move into and out of groups, a group put inside itself (a cycle) or under a row that is not a group
// (an orphan) is refused beside the row with the input kept, parameters nothing reads any more leave the set (the
// diff shows them gone), and the restructured title decides the verdict once the set is active.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildTestApp, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import {
  activate,
  authoringSchool,
  copyRuleSet2,
  criteriaShape,
  csvLine,
  diffRow,
  saveTitle,
  storedCriteria,
  storedSet,
} from '../support/ruleAuthoringFixture.ts';
import { postForm } from '../support/postForm.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let admin: TestAgent;
let id: string;

const stored = () => storedSet(db.current.prisma, id);
const criteriaOf = (code: string) => storedCriteria(db.current.prisma, id, code);
const shape = criteriaShape;
const editor = (code: string) => admin.get(`/rules/authored/${id}/titles/${code}`);

beforeAll(async () => {
  // GV1: HTXSNV in both years, 12 months worked, no leave, no initiative, no earlier title.
  ({ admin } = await authoringSchool(db.current.prisma, buildTestApp(db.current, clock).app, [2025, 2026]));
  id = await copyRuleSet2(admin, 'Quy định cấu trúc lại', '01/09/2026');
});

describe('as an administrator restructuring a title', () => {
  it('each row offers its kind and its group', async () => {
    const html = (await editor('CSTDCS')).text;
    expect(html).toMatch(/name="r2\.kind"[\s\S]*?<option value="ratingAtLeast" selected>/);
    expect(html).toMatch(/name="r2\.parent"[\s\S]*?<option value="1" selected>Nhóm ở dòng 2/);
    expect(html).toMatch(/name="r0\.parent"[\s\S]*?<option value="" selected>Cấp ngoài cùng/);
  });

  it("a leaf's new kind gets fresh parameters at its starting values; the old kind's parameters leave the set", async () => {
    const before = await stored();
    expect(before.parameters['cstdtp.initiativeLevel']).toBeDefined();
    // CSTĐ Thành phố: "3 CSTĐCS in a row" becomes "HTXSNV 2 years running", the city initiative "at most 40 days' leave".
    expect((await saveTitle(admin, id, 'CSTD_TP', { 'r0.kind': 'consecutiveRating', 'r1.kind': 'maxLeaveDays' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTD_TP'))).toEqual(['consecutiveRating', 'maxLeaveDays']);
    const html = (await editor('CSTD_TP')).text;
    expect(html).toContain('1. Xếp loại liên tục nhiều năm</legend>');
    expect(html).toContain('2. Số ngày nghỉ tối đa</legend>');
    expect(html).toMatch(/name="r1\.days" type="text" value="40"/);
    expect(html).toMatch(/name="r0\.years" type="text" value="2"/);
    const after = await stored();
    expect(after.parameters['cstd_tp.days.1']).toMatchObject({ value: 40 });
    expect(after.parameters['cstd_tp.rating.1']).toMatchObject({ value: 'HTXSNV' });
    for (const gone of ['cstdtp.consecutiveCstdcs', 'cstdtp.initiativeLevel', 'cstdtp.initiativeCount', 'cstdtp.initiativeYears'])
      expect(after.parameters[gone]).toBeUndefined();
    expect(after.parameters['initiative.minSharePct']).toBeDefined(); // other titles still read it
    // The diff against rule set 2 shows the parameters gone and the new ones.
    const overview = (await admin.get(`/rules/authored/${id}`)).text;
    const level = diffRow(overview, 'CSTĐ Thành phố: cấp sáng kiến tối thiểu');
    expect(level?.before).toContain('cấp Thành phố');
    expect(level?.after).toBe('(không có)');
    const days = diffRow(overview, 'CSTĐ Thành phố: số ngày nghỉ tối đa');
    expect(days?.before).toBe('(không có)');
    expect(days?.after).toContain('40 ngày');
  });

  it("a kind that is not one of the title's is refused beside the row, nothing saved", async () => {
    const before = await stored();
    const res = await saveTitle(admin, id, 'CSTD_TP', { 'r1.kind': 'membersTitlePct' }); // a collective kind
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="r1-r1\.kind-error">Chọn loại điều kiện\./);
    expect(await stored()).toEqual(before);
  });

  it('moves a leaf out of its group and back in', async () => {
    expect(shape(await criteriaOf('CSTDCS'))).toEqual(['titleInYear', { anyOf: ['ratingAtLeast', 'initiativesInWindow', 'researchInYear'] }]);
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r2.parent': '' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTDCS'))).toEqual(['titleInYear', { anyOf: ['initiativesInWindow', 'researchInYear'] }, 'ratingAtLeast']);
    const html = (await editor('CSTDCS')).text;
    expect(html).toContain('5. Xếp loại trong năm từ mức</legend>');
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r4.parent': '1' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTDCS'))).toEqual(['titleInYear', { anyOf: ['initiativesInWindow', 'researchInYear', 'ratingAtLeast'] }]);
    // A top-level leaf into the group: the title's only criterion is then the "any of" group.
    expect((await saveTitle(admin, id, 'BK_UBND_TP', { 'r0.parent': '1' })).status).toBe(302);
    expect(shape(await criteriaOf('BK_UBND_TP'))).toEqual([{ anyOf: [{ allOf: ['consecutiveTitle', 'consecutiveRating', 'initiativesInWindow'] }] }]);
  });

  it('a cycle (a group inside its own member group) and an orphan are refused beside the rows, the input kept', async () => {
    const url = `/rules/authored/${id}/titles/CSTDCS`;
    expect((await postForm(admin, url, `${url}/rows`, { kind: 'allOf', parent: '' })).status).toBe(302);
    // Rows: 0 LĐTT, 1 any of (2 initiative, 3 research, 4 rating), 5 all of (6 rating).
    expect((await editor('CSTDCS')).text).toContain('6. Đạt tất cả các điều kiện trong nhóm</legend>');
    const before = await stored();
    const res = await saveTitle(admin, id, 'CSTDCS', { 'r1.parent': '5', 'r5.parent': '1', 'r6.parent': '0' });
    expect(res.status).toBe(422);
    const cycle = 'Không thể đặt một nhóm vào chính nó hoặc vào một nhóm nằm trong nó.';
    expect(res.text).toContain(`id="r1-r1.parent-error">${cycle}`);
    expect(res.text).toContain(`id="r5-r5.parent-error">${cycle}`);
    expect(res.text).toContain('id="r6-r6.parent-error">Chọn một nhóm điều kiện có trong danh hiệu (hoặc cấp ngoài cùng).');
    expect(res.text).toMatch(/name="r1\.parent"[\s\S]*?<option value="5" selected>/); // what was chosen stays chosen
    expect(await stored()).toEqual(before);
    // A group into the other group (no cycle) is fine.
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r5.parent': '1' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTDCS'))).toEqual([
      'titleInYear',
      { anyOf: ['initiativesInWindow', 'researchInYear', 'ratingAtLeast', { allOf: ['ratingAtLeast'] }] },
    ]);
  });

  it('a removed group takes its members, and the parameters only they read leave the set', async () => {
    expect((await stored()).parameters['cstdcs.rating.1']).toBeDefined(); // the added group's member
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r5.remove': 'on' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTDCS'))).toEqual(['titleInYear', { anyOf: ['initiativesInWindow', 'researchInYear', 'ratingAtLeast'] }]);
    expect((await stored()).parameters['cstdcs.rating.1']).toBeUndefined();
    // The initiative row goes: its level, count and years go with it (nothing else reads them).
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r2.remove': 'on' })).status).toBe(302);
    const p = (await stored()).parameters;
    for (const gone of ['cstdcs.initiativeLevel', 'cstdcs.initiativeCount', 'cstdcs.initiativeYears']) expect(p[gone]).toBeUndefined();
    expect(p['cstdcs.altRating']).toBeDefined();
    const overview = (await admin.get(`/rules/authored/${id}`)).text;
    const count = diffRow(overview, 'CSTĐCS: số sáng kiến tối thiểu trong năm học');
    expect(count?.before).toMatch(/^1 Căn cứ: Điều 23/);
    expect(count?.after).toBe('(không có)');
  });

  it('a parameter an override of the set names stays when its row goes, so evaluations keep working', async () => {
    const prisma = db.current.prisma;
    const set = await prisma.authoredRuleSet.findUniqueOrThrow({ where: { id } });
    await prisma.ruleParameterOverride.create({
      data: {
        schoolId: set.schoolId,
        ruleSetId: id,
        key: 'cstdcs.altRating',
        value: 'HTTNV',
        effectiveFrom: new Date('2026-09-01'),
        reason: 'Thử',
        createdBy: set.createdBy,
      },
    });
    // Rows: 0 LĐTT, 1 any of (2 research, 3 rating): the rating row reads cstdcs.altRating.
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r3.remove': 'on' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTDCS'))).toEqual(['titleInYear', { anyOf: ['researchInYear'] }]);
    expect((await stored()).parameters['cstdcs.altRating']).toBeDefined();
    expect((await admin.get('/rules')).status).toBe(200);
    expect((await admin.get('/eligibility/2026/export.csv')).status).toBe(200);
    await prisma.ruleParameterOverride.deleteMany({ where: { ruleSetId: id } });
  });

  it('once active, the restructured CSTĐ Thành phố decides: GV1 (HTXSNV two years, no leave) becomes eligible', async () => {
    const line = () => csvLine(admin, 2026, 'GV1', 'CSTĐ Thành phố');
    expect(await line()).not.toMatch(/,Đủ điều kiện/); // rule set 2: three CSTĐCS in a row and a city initiative
    expect((await activate(admin, id, 'Quyết định 40/QĐ-UBND')).status).toBe(302);
    expect(await line()).toMatch(/,Đủ điều kiện/);
  });
});
