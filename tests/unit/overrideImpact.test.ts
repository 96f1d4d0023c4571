// Issue 11 §4: which school years a parameter change reaches, shown before it is saved.
import { describe, expect, it } from 'vitest';
import { RULE_SETS } from '../../src/domain/rules/index.ts';
import { overrideImpact } from '../../src/domain/rules/overrideImpact.ts';

const years = [
  { startYear: 2024, evaluationDate: '2025-05-31', frozenRef: null },
  { startYear: 2025, evaluationDate: '2026-05-31', frozenRef: null },
  { startYear: 2026, evaluationDate: '2027-05-31', frozenRef: null },
  { startYear: 2023, evaluationDate: '2024-05-31', frozenRef: '5/QĐ-TH' },
];

describe('overrideImpact', () => {
  it('a cap set today on rule set 2 reaches only later evaluations under rule set 2, and says why not for the others', () => {
    const lines = overrideImpact(RULE_SETS, years, ['luat2022-nd152-2025'], '2026-11-26');
    expect(lines.map((l) => [l.startYear, l.applies, l.why?.kind ?? null])).toEqual([
      [2023, false, 'frozen'],
      [2024, false, 'otherRuleSet'],
      [2025, false, 'before'],
      [2026, true, null],
    ]);
  });

  it('saved for both rule sets from an earlier date, last year is reached too', () => {
    const lines = overrideImpact(RULE_SETS, years, ['luat2022-nd98-2023', 'luat2022-nd152-2025'], '2024-01-01');
    expect(lines.filter((l) => l.applies).map((l) => l.startYear)).toEqual([2024, 2025, 2026]);
  });
});
