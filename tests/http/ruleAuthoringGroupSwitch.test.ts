// The title editor switches a row between a single criterion and a group in its "Loại điều kiện" list: a criterion
// becomes an "all of"/"any of" group holding it (its parameters kept, thresholds typed in the same save applied), a
// group holding one criterion becomes that criterion, and a group holding several is refused beside the row in
// Vietnamese (422, everything typed kept, nothing saved). The overview's diff shows the new structure, and once the
// set is active the verdicts follow it.
import { beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent.js';
import { buildTestApp, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { LUAT_2022_ND_152 } from '../../src/domain/rules/index.ts';
import {
  activate,
  authoringSchool,
  copyRuleSet2,
  csvLine,
  diffRow,
  renderedForm,
  saveTitle,
  storedCriteria,
  storedSet,
  titleForm,
  criteriaShape,
} from '../support/ruleAuthoringFixture.ts';
import { postForm } from '../support/postForm.ts';

const db = useTestDatabase();
const clock = testClock('2026-11-26T03:00:00Z');
let admin: TestAgent;
let id: string;

const stored = () => storedSet(db.current.prisma, id);
const criteriaOf = (code: string) => storedCriteria(db.current.prisma, id, code);
const shape = criteriaShape;
const editor = async (code: string) => (await admin.get(`/rules/authored/${id}/titles/${code}`)).text;
/** The options of the select named `name` in `html` ('' when there is none). */
const selectOf = (html: string, name: string) => new RegExp(`<select[^>]*name="${name.replace('.', '\\.')}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
const CSTD_TP = 'Chiến sĩ thi đua cấp Thành phố';
const SEVERAL =
  'Nhóm này có 2 điều kiện nên không đổi được thành một điều kiện. Hãy chuyển các điều kiện khác ra khỏi nhóm hoặc bỏ chúng, để nhóm chỉ còn một điều kiện.';

beforeAll(async () => {
  // GV1: HTXSNV in 2025 and 2026, 12 months worked, no leave, no initiative, no earlier title.
  ({ admin } = await authoringSchool(db.current.prisma, buildTestApp(db.current, clock).app, [2025, 2026]));
  id = await copyRuleSet2(admin, 'Quy định nhóm điều kiện', '01/09/2026');
});

describe('as an administrator switching a row between a single criterion and a group', () => {
  it("every row's kind list offers the switch: a criterion its two groups, a group its two combinators and a single criterion", async () => {
    const html = await editor('CSTDCS');
    const leaf = selectOf(html, 'r0.kind');
    expect(leaf).toContain('<option value="titleInYear" selected>');
    expect(leaf).toContain('<option value="allOf" >Nhóm gồm điều kiện này: đạt tất cả các điều kiện trong nhóm</option>');
    expect(leaf).toContain('<option value="anyOf" >Nhóm gồm điều kiện này: đạt một trong các điều kiện trong nhóm</option>');
    const group = selectOf(html, 'r1.kind');
    expect(group).toContain('<option value="anyOf" selected>Nhóm: đạt một trong các điều kiện trong nhóm</option>');
    expect(group).toContain('<option value="single" >Một điều kiện: bỏ nhóm, giữ điều kiện duy nhất trong nhóm</option>');
    expect(selectOf(html, 'r1.combinator')).toBe(''); // the group's kind list replaces its combinator list
  });

  it('a criterion becomes an "any of" group holding it, its parameters kept and the threshold typed with it applied', async () => {
    const before = await stored();
    // CSTĐ Thành phố: row 0 three CSTĐCS in a row, row 1 a Thành phố initiative (count typed 2 in the same save).
    expect((await saveTitle(admin, id, 'CSTD_TP', { 'r1.kind': 'anyOf', 'r1.count': '2' })).status).toBe(302);
    const criteria = (await criteriaOf('CSTD_TP')) as { of?: Record<string, unknown>[] }[];
    expect(shape(criteria)).toEqual(['consecutiveTitle', { anyOf: ['initiativesInWindow'] }]);
    expect(criteria[1]!.of![0]).toMatchObject({ level: 'cstdtp.initiativeLevel', count: 'cstdtp.initiativeCount', years: 'cstdtp.initiativeYears' });
    const after = await stored();
    expect(after.parameters['cstdtp.initiativeCount']?.value).toBe(2);
    expect(after.parameters['cstdtp.initiativeLevel']).toEqual(before.parameters['cstdtp.initiativeLevel']);
    expect(Object.keys(after.parameters).sort()).toEqual(Object.keys(before.parameters).sort());

    const html = await editor('CSTD_TP');
    expect(html).toContain('2. Đạt một trong các điều kiện trong nhóm</legend>');
    expect(html).toContain('3. Có sáng kiến được công nhận</legend>');
    expect(selectOf(html, 'r2.parent')).toContain('<option value="1" selected>Nhóm ở dòng 2');
    expect(html).toMatch(/name="r2\.count" type="text" value="2"/);
    // The overview's diff against rule set 2: the initiative now sits inside the group.
    const diff = diffRow((await admin.get(`/rules/authored/${id}`)).text, CSTD_TP);
    expect(diff?.before).not.toContain('Đạt một trong các điều kiện trong nhóm');
    expect(diff?.after).toMatch(
      /• Đạt một trong các điều kiện trong nhóm\s+• Có sáng kiến được công nhận — Cấp công nhận tối thiểu: cấp Thành phố; Số sáng kiến tối thiểu: 2/,
    );
  });

  it('a group holding one criterion becomes that criterion: the title is as before, the typed threshold kept', async () => {
    expect((await saveTitle(admin, id, 'CSTD_TP', { 'r1.kind': 'single' })).status).toBe(302);
    const source = LUAT_2022_ND_152.titles.find((t) => t.code === 'CSTD_TP')!;
    expect(await criteriaOf('CSTD_TP')).toEqual(JSON.parse(JSON.stringify(source.criteria)));
    expect((await stored()).parameters['cstdtp.initiativeCount']?.value).toBe(2);
    const html = await editor('CSTD_TP');
    expect(html).toContain('2. Có sáng kiến được công nhận</legend>');
    expect(html).not.toContain('Đạt một trong các điều kiện trong nhóm</legend>');
    const diff = diffRow((await admin.get(`/rules/authored/${id}`)).text, CSTD_TP);
    // Two top-level lines again, as in rule set 2; only the count typed earlier differs.
    expect(diff?.after).not.toContain('Đạt một trong các điều kiện trong nhóm');
    expect(diff?.after).toBe(diff?.before.replace('Số sáng kiến tối thiểu: 1;', 'Số sáng kiến tối thiểu: 2;'));
  });

  it('a group holding several criteria is refused beside its row, everything typed kept, nothing saved', async () => {
    const before = await stored();
    // CSTĐCS: row 0 LĐTT, row 1 any of (2 HTXSNV, 3 initiative, 4 research); other cells typed in the same save. The
    // research row is removed with it, so the group would still hold two.
    const res = await saveTitle(admin, id, 'CSTDCS', {
      'r1.kind': 'single',
      'r0.basis.article': 'Điều 23 khoản 2',
      'r2.rating': 'HTTNV',
      'r3.count': '3',
      'r4.remove': 'on',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain(`<p class="field__error" id="r1-r1.kind-error">${SEVERAL}</p>`);
    expect(res.text).toMatch(/<select id="r1-r1\.kind" name="r1\.kind" +aria-invalid="true" aria-describedby="r1-r1\.kind-error">/);
    const form = renderedForm(res.text);
    expect(form).toMatchObject({ 'r1.kind': 'single', 'r0.basis.article': 'Điều 23 khoản 2', 'r2.rating': 'HTTNV', 'r3.count': '3' });
    expect(res.text).toMatch(/name="r4\.remove" checked>/);
    expect(await stored()).toEqual(before);
  });

  it('with the others removed in the same save, the group becomes its one criterion (its parameter kept)', async () => {
    expect((await saveTitle(admin, id, 'CSTDCS', { 'r1.kind': 'single', 'r3.remove': 'on', 'r4.remove': 'on' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTDCS'))).toEqual(['titleInYear', 'ratingAtLeast']);
    expect((await criteriaOf('CSTDCS'))[1]).toMatchObject({ rating: 'cstdcs.altRating' });
    expect((await stored()).parameters['cstdcs.altRating']?.value).toBe('HTXSNV');
    const diff = diffRow((await admin.get(`/rules/authored/${id}`)).text, 'Chiến sĩ thi đua cơ sở');
    expect(diff?.after).toMatch(/^• Đạt danh hiệu trong năm xét — Danh hiệu: LĐTT\s+• Xếp loại trong năm từ mức — Xếp loại tối thiểu: HTXSNV$/);
  });

  it('a page from before the switch (the group sends its combinator, no kind) still saves', async () => {
    // Bằng khen UBND Thành phố: row 0 CSTĐCS in a row, row 1 all of (2 HTXSNV in a row, 3 initiatives).
    const form = await titleForm(admin, id, 'BK_UBND_TP', { 'r1.combinator': 'anyOf' });
    delete form['r1.kind'];
    const url = `/rules/authored/${id}/titles/BK_UBND_TP`;
    expect((await postForm(admin, url, url, form)).status).toBe(302);
    expect(shape(await criteriaOf('BK_UBND_TP'))).toEqual([{ anyOf: ['consecutiveTitle', { anyOf: ['consecutiveRating', 'initiativesInWindow'] }] }]);
  });

  it('a criterion made a group takes an alternative, and once active the new structure decides: GV1 becomes CSTĐ Thành phố', async () => {
    // One CSTĐCS (this year's) instead of three; the initiative becomes a group that then also accepts HTXSNV two years.
    expect((await saveTitle(admin, id, 'CSTD_TP', { 'r0.times': '1', 'r1.kind': 'anyOf' })).status).toBe(302);
    const url = `/rules/authored/${id}/titles/CSTD_TP`;
    expect((await postForm(admin, url, `${url}/rows`, { kind: 'consecutiveRating', parent: '1' })).status).toBe(302);
    expect(shape(await criteriaOf('CSTD_TP'))).toEqual(['consecutiveTitle', { anyOf: ['initiativesInWindow', 'consecutiveRating'] }]);
    const line = () => csvLine(admin, 2026, 'GV1', 'CSTĐ Thành phố');
    expect(await line()).not.toMatch(/,Đủ điều kiện/); // a candidate decides nothing: rule set 2 (no initiative)
    expect((await activate(admin, id, 'Quyết định 41/QĐ-UBND')).status).toBe(302);
    expect(await line()).toMatch(/,Đủ điều kiện/);
  });
});
