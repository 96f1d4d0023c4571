// Ratio caps (none by default; e.g. 15%: CSTĐCS ≤ floor(15% × LĐTT)) and the tie-break (NĐ 152 Điều 4 khoản 6).
import { describe, expect, it } from 'vitest';
import { type CapCandidate, LUAT_2022_ND_152, applyRatioCap, indexFacts, ratioCapReport, withParameterOverrides } from '../../../src/domain/rules/index.ts';
import { buildStaff, buildYear, evaluate } from './factories.ts';

const capped = (pct: number | null) => withParameterOverrides(LUAT_2022_ND_152, [{ key: 'cstdcs.capPctOfLdtt', value: pct }]);
const people = (genders: ('female' | 'male')[], scores: number[] = []): CapCandidate[] =>
  genders.map((gender, i) => ({ id: `p${i}`, gender, ...(scores[i] !== undefined ? { score: scores[i] } : {}) }));

describe('ratio cap arithmetic', () => {
  it('has no cap by default and says so', () => {
    const r = applyRatioCap(LUAT_2022_ND_152, 'CSTDCS', people(['male', 'male', 'female', 'male', 'male', 'female']), 20);
    expect(r.maxAllowed).toBeNull();
    expect(r.selected).toHaveLength(6);
    expect(r.message).toBe('CSTĐCS: 6 đủ điều kiện, không giới hạn tỉ lệ');
  });

  it('reports a configured 15% cap', () => {
    const r = applyRatioCap(capped(15), 'CSTDCS', people(['male', 'male', 'male', 'male', 'male', 'male']), 20);
    expect(r.maxAllowed).toBe(3);
    expect(r.message).toBe('CSTĐCS: 6 đủ điều kiện, tối đa 3 theo tỉ lệ 15% của 20 LĐTT');
    expect(r.selected.map((c) => c.id)).toEqual(['p0', 'p1', 'p2']);
    expect(r.overCap.map((c) => c.id)).toEqual(['p3', 'p4', 'p5']);
  });

  it.each([
    [15, 20, 3],
    [15, 19, 2],
    [15, 7, 1],
    [15, 6, 0],
    [10, 30, 3],
    [12.5, 8, 1],
    [12.5, 7, 0],
  ])('%s%% of %s LĐTT rounds down to %s', (pct, basis, max) => {
    expect(applyRatioCap(capped(pct), 'CSTDCS', [], basis).maxAllowed).toBe(max);
  });
});

describe('tie-break', () => {
  it('prefers women among equals', () => {
    const r = applyRatioCap(capped(10), 'CSTDCS', people(['male', 'female', 'male', 'female']), 20);
    expect(r.selected.map((c) => c.id)).toEqual(['p1', 'p3']);
    expect(r.tieBreakBasis).toMatchObject({ document: 'Nghị định 152/2025/NĐ-CP', article: 'Điều 4 khoản 6', certainty: 'V' });
  });

  it('keeps the given order when the admin turns the preference off', () => {
    const rs = withParameterOverrides(capped(10), [{ key: 'general.tieBreakPreferWomen', value: false }]);
    expect(applyRatioCap(rs, 'CSTDCS', people(['male', 'female', 'male', 'female']), 20).selected.map((c) => c.id)).toEqual(['p0', 'p1']);
  });

  it('ranks by score first; the preference only breaks ties', () => {
    const r = applyRatioCap(capped(10), 'CSTDCS', people(['female', 'male', 'female'], [8, 9, 9]), 20);
    expect(r.selected.map((c) => c.id)).toEqual(['p2', 'p1']);
  });

  it('flags candidates still tied across the cut-off for the council', () => {
    const r = applyRatioCap(capped(10), 'CSTDCS', people(['female', 'female', 'female', 'male']), 20);
    expect(r.selected).toHaveLength(2);
    expect(r.tiedAtCutoff.map((c) => c.id)).toEqual(['p0', 'p1', 'p2']);
  });

  it('prefers collectives with at least 70% women', () => {
    const cands: CapCandidate[] = [
      { id: 'a', womenPct: 69 },
      { id: 'b', womenPct: 70 },
    ];
    expect(applyRatioCap(capped(5), 'CSTDCS', cands, 20).selected.map((c) => c.id)).toEqual(['b']);
  });
});

describe('ratio cap report of an evaluation', () => {
  it('counts eligible CSTĐCS against eligible LĐTT', () => {
    const staff = Array.from({ length: 20 }, (_, i) =>
      buildStaff(`s${i}`, [buildYear(2025, { rating: i < 6 ? 'HTXSNV' : 'HTTNV' })], { gender: i % 2 === 0 ? 'female' : 'male' }),
    );
    const ev = evaluate({ staff }, 2025, { overrides: [{ key: 'cstdcs.capPctOfLdtt', value: 15 }] });
    const r = ratioCapReport(
      ev,
      indexFacts({ staff, collectives: [] }),
      'CSTDCS',
      staff.map((s) => s.id),
    );
    expect(r.message).toBe('CSTĐCS: 6 đủ điều kiện, tối đa 3 theo tỉ lệ 15% của 20 LĐTT');
    expect(r.selected.map((c) => c.id)).toEqual(['s0', 's2', 's4']);
  });
});
