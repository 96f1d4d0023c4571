// The two shipped rule sets: which one is in force, the switch at 01/07/2025, and the data's own integrity.
import { describe, expect, it } from 'vitest';
import {
  type AwardCode,
  type CollectiveCriterion,
  type IndividualCriterion,
  type RuleSet,
  LUAT_2022_ND_152,
  LUAT_2022_ND_98,
  RULE_SETS,
  authorityFor,
  createEvaluation,
  evaluateAll,
  indexFacts,
  ruleSetInForce,
  verdictSummary,
} from '../../../src/domain/rules/index.ts';
import { compileRuleSet } from '../../../src/domain/rules/compileRuleSet.ts';
import { buildStaff, buildYear, evaluate } from './factories.ts';

describe('rule set in force', () => {
  it.each([
    ['2023-12-31', undefined],
    ['2024-01-01', LUAT_2022_ND_98.id],
    ['2025-06-30', LUAT_2022_ND_98.id],
    ['2025-07-01', LUAT_2022_ND_152.id],
    ['2031-05-31', LUAT_2022_ND_152.id],
  ])('on %s → %s', (date, id) => {
    expect(ruleSetInForce(RULE_SETS, date)?.id).toBe(id);
  });

  it('reads a Date in Vietnam’s time zone (17:00 UTC on 30/06 is already 01/07 in Hà Nội)', () => {
    expect(ruleSetInForce(RULE_SETS, new Date('2025-06-30T16:59:00Z'))?.id).toBe(LUAT_2022_ND_98.id);
    expect(ruleSetInForce(RULE_SETS, new Date('2025-06-30T17:00:00Z'))?.id).toBe(LUAT_2022_ND_152.id);
  });

  it('uses 31 May of the second calendar year by default', () => {
    const staff = [buildStaff('a', [buildYear(2024), buildYear(2025)])];
    expect(evaluate({ staff }, 2024).evaluationDate).toBe('2025-05-31');
    expect(evaluate({ staff }, 2024).ruleSet.id).toBe(LUAT_2022_ND_98.id);
    expect(evaluate({ staff }, 2025).ruleSet.id).toBe(LUAT_2022_ND_152.id);
  });

  it('refuses a year with no rule set in force', () => {
    expect(() => evaluate({ staff: [] }, 2022)).toThrow('Không có bộ quy tắc nào có hiệu lực ngày 31/05/2023');
  });
});

describe('the switch at 01/07/2025: authority and receiving body', () => {
  const verdictOn = (evaluationDate: string, code: AwardCode) =>
    evaluate({ staff: [buildStaff('a', [buildYear(2024, { rating: 'HTXSNV' })])] }, 2024, { evaluationDate }).verdict('a', code);

  it.each<AwardCode>(['LDTT', 'CSTDCS'])('%s: Chủ tịch UBND quận on 30/06/2025, Chủ tịch UBND phường on 01/07/2025', (code) => {
    const before = verdictOn('2025-06-30', code);
    const after = verdictOn('2025-07-01', code);
    expect(before.status).toBe('eligible');
    expect(after.status).toBe('eligible');
    expect(before.ruleSetName).toBe('Luật 2022 + NĐ 98/2023');
    expect(after.ruleSetName).toBe('Luật 2022 + NĐ 152/2025');
    expect(before.authority).toMatchObject({ decides: 'Chủ tịch UBND quận', receives: 'Hội đồng Thi đua - Khen thưởng quận' });
    expect(before.authority?.decidesBasis).toMatchObject({ article: 'Điều 80 khoản 2', certainty: 'V' });
    expect(after.authority).toMatchObject({
      decides: 'Chủ tịch UBND phường',
      receives: 'UBND phường (Phòng Văn hóa - Xã hội; Hội đồng Thi đua - Khen thưởng phường)',
    });
    expect(after.authority?.decidesBasis).toMatchObject({ document: 'Nghị định 129/2025/NĐ-CP', article: 'Điều 59', certainty: 'V' });
  });

  it.each([
    ['TTLDTT', '2025-06-30', 'Chủ tịch UBND quận'],
    ['GIAY_KHEN', '2025-06-30', 'Chủ tịch UBND quận'],
    ['TTLDTT', '2025-07-01', 'Chủ tịch UBND phường'],
    ['GIAY_KHEN', '2025-07-01', 'Chủ tịch UBND phường'],
    ['CSTD_TP', '2025-06-30', 'Chủ tịch UBND Thành phố Hà Nội'],
    ['BK_UBND_TP', '2025-07-01', 'Chủ tịch UBND Thành phố Hà Nội'],
    ['BK_TTG', '2025-07-01', 'Thủ tướng Chính phủ'],
  ] as const)('%s on %s is decided by %s', (code, date, who) => {
    expect(authorityFor(RULE_SETS, code, date)?.decides).toBe(who);
  });

  it('sends City-level dossiers through Sở Nội vụ, via the district before and the ward after', () => {
    expect(authorityFor(RULE_SETS, 'CSTD_TP', '2025-06-30')?.receives).toBe('Sở Nội vụ Hà Nội (Ban Thi đua - Khen thưởng), qua UBND quận');
    expect(authorityFor(RULE_SETS, 'CSTD_TP', '2025-07-01')?.receives).toBe('Sở Nội vụ Hà Nội (Ban Thi đua - Khen thưởng), qua UBND phường');
  });
});

function* criteriaOf(list: readonly (IndividualCriterion | CollectiveCriterion)[]): Generator<IndividualCriterion | CollectiveCriterion> {
  for (const c of list) {
    yield c;
    if (c.kind === 'anyOf' || c.kind === 'allOf') yield* criteriaOf(c.of);
  }
}

const allText = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(allText) : [];

describe.each(RULE_SETS.map((rs) => [rs.name, rs] as const))('rule set data: %s', (_name, rs) => {
  it('compiles: every criterion names an existing parameter of the right kind', () => {
    expect(() => compileRuleSet(rs)).not.toThrow();
  });

  it('gives every parameter, title and criterion a legal basis with a certainty tag', () => {
    const bases = [
      ...Object.values(rs.parameters).map((p) => p.basis),
      ...rs.titles.flatMap((t) => [t.basis, ...[...criteriaOf(t.criteria)].map((c) => c.basis)]),
      ...rs.generalCriteria.map((c) => c.basis),
    ];
    for (const b of bases) {
      expect(b.document.length).toBeGreaterThan(0);
      expect(b.article.length).toBeGreaterThan(0);
      expect(['V', 'P', 'U']).toContain(b.certainty);
    }
  });

  it('names an authority and a receiving body for every title', () => {
    for (const t of rs.titles) expect(rs.authorities[t.code]?.receives).toBeTruthy();
  });

  it('keeps every parameter at its default and every Vietnamese text in NFC', () => {
    for (const p of Object.values(rs.parameters)) expect(p.value).toEqual(p.defaultValue);
    for (const s of allText(rs)) expect(s).toBe(s.normalize('NFC'));
  });
});

describe('verdict texts', () => {
  it('are NFC and carry a legal basis on every criterion', () => {
    const staff = [buildStaff('a', [buildYear(2023), buildYear(2024, { rating: null })])];
    const ev = evaluate({ staff }, 2024);
    for (const code of ['LDTT', 'CSTDCS', 'CSTD_TP', 'BK_UBND_TP', 'CSTD_TQ', 'BK_TTG', 'HCLD_III'] as const) {
      const v = ev.verdict('a', code);
      for (const s of allText(v)) expect(s).toBe(s.normalize('NFC'));
      for (const c of v.criteria) expect(c.basis.certainty).toMatch(/^[VPU]$/);
    }
  });
});

describe('engine safety and summaries', () => {
  const facts = indexFacts({ staff: [buildStaff('a', [buildYear(2025)])], collectives: [] });

  it('refuses a rule set whose criterion names a missing parameter', () => {
    const broken: RuleSet = {
      ...LUAT_2022_ND_152,
      titles: [{ ...LUAT_2022_ND_152.titles[0]!, criteria: [{ kind: 'ratingAtLeast', rating: 'no.such', basis: LUAT_2022_ND_152.titles[0]!.basis }] }],
    } as RuleSet;
    expect(() => compileRuleSet(broken)).toThrow('unknown parameter "no.such"');
  });

  it('detects a title that depends on itself', () => {
    const ldtt = LUAT_2022_ND_152.titles.find((t) => t.code === 'LDTT')!;
    const looping = { ...LUAT_2022_ND_152, titles: [{ ...ldtt, criteria: [{ kind: 'titleInYear', title: 'LDTT', basis: ldtt.basis }] }] } as RuleSet;
    expect(() => createEvaluation(facts, [looping], { year: 2025 }).verdict('a', 'LDTT')).toThrow('Vòng lặp');
  });

  it('summarises verdicts in one line', () => {
    const ev = createEvaluation(facts, RULE_SETS, { year: 2025 });
    const [ldtt, cstdcs] = evaluateAll(ev, ['a'], ['LDTT', 'CSTDCS']);
    expect(ldtt && verdictSummary(ldtt)).toBe('Đủ điều kiện LĐTT năm học 2025-2026');
    expect(cstdcs && verdictSummary(cstdcs)).toBe(
      'Không đủ điều kiện CSTĐCS năm học 2025-2026: Không đạt tiêu chí nào: ' +
        'Xếp loại HTTNV năm học 2025-2026, chưa đạt HTXSNV; Không có sáng kiến cấp cơ sở trở lên năm học 2025-2026; ' +
        'Không có đề tài được nghiệm thu và áp dụng năm học 2025-2026',
    );
  });
});
