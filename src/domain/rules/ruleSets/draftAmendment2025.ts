// The December 2025 draft amendment of the 2022 Law (Bộ Nội vụ, 47 articles), shipped as a CANDIDATE rule set:
// it never decides a verdict, it is previewed against rule set 2 on the school's data. Draft Điều 23: CSTĐCS
// requires HTXSNV AND (an initiative recognised at cơ sở or an accepted research project); the LĐTT condition is
// replaced by HTXSNV. Everything else as rule set 2. Passing of the amendment is unconfirmed (domain.md §14 [U]).
import type { IndividualCriterion, RuleSet } from '../ruleSetTypes.ts';
import { cite } from './legalBasis.ts';
import { LUAT_2022_ND_152 } from './luat2022Nd152.ts';

const DRAFT = 'Dự thảo Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (Bộ Nội vụ, 12/2025)';
const D23 = cite(DRAFT, 'Điều 23 (dự thảo)', 'U', 'Dự thảo đã công bố [V]; việc được thông qua chưa xác nhận [U]');

const CSTDCS: IndividualCriterion[] = [
  { kind: 'ratingAtLeast', rating: 'cstdcs.altRating', basis: D23 },
  {
    kind: 'anyOf',
    basis: D23,
    of: [
      {
        kind: 'initiativesInWindow',
        level: 'cstdcs.initiativeLevel',
        count: 'cstdcs.initiativeCount',
        years: 'cstdcs.initiativeYears',
        minShare: 'initiative.minSharePct',
        researchCounts: false,
        basis: D23,
      },
      { kind: 'researchInYear', requireApplied: false, basis: D23 },
    ],
  },
];

/** "Dự thảo Luật sửa đổi 12/2025" — candidate from 01/10/2026. */
export const DRAFT_AMENDMENT_2025: RuleSet = {
  ...LUAT_2022_ND_152,
  id: 'du-thao-luat-sua-doi-2025',
  name: 'Dự thảo Luật sửa đổi Luật Thi đua, khen thưởng (12/2025) — chưa xác nhận',
  status: 'candidate',
  effectiveFrom: '2026-10-01',
  effectiveTo: null,
  sources: [...LUAT_2022_ND_152.sources, cite(DRAFT, 'Điều 23 (dự thảo, 47 điều)', 'U', 'dantri.com.vn 16/12/2025; news.laodong.vn')],
  titles: LUAT_2022_ND_152.titles.map((t) => (t.code === 'CSTDCS' && t.subject === 'individual' ? { ...t, basis: D23, criteria: CSTDCS } : t)),
};
