// Collective titles under the 2022 Law. Percentages are taken over all members of the collective that year.
import type { CollectiveTitle } from '../ruleSetTypes.ts';
import { luat } from './legalBasis.ts';

const D28 = luat('Điều 28 khoản 1', 'P', 'Đọc qua văn bản của tỉnh Bắc Ninh (QĐ 86/2025) trích lại Luật');
const D27 = luat('Điều 27 khoản 1', 'P', 'Đọc qua văn bản của tỉnh Bắc Ninh (QĐ 86/2025) trích lại Luật');

/** Tập thể lao động tiên tiến and Tập thể lao động xuất sắc. */
export function collectiveTitles(): CollectiveTitle[] {
  return [
    {
      code: 'TTLDTT',
      subject: 'collective',
      name: 'Tập thể lao động tiên tiến',
      shortName: 'TTLĐTT',
      basis: D28,
      criteria: [
        { kind: 'collectiveRatingAtLeast', rating: 'ttldtt.minRating', basis: D28 },
        { kind: 'membersTitlePct', title: 'LDTT', pct: 'ttldtt.minPctLdtt', basis: D28 },
        { kind: 'noMemberDisciplineFrom', level: 'ttldtt.memberDisciplineBlockFrom', basis: D28 },
      ],
    },
    {
      code: 'TTLDXS',
      subject: 'collective',
      name: 'Tập thể lao động xuất sắc',
      shortName: 'TTLĐXS',
      basis: D27,
      criteria: [
        { kind: 'collectiveRatingAtLeast', rating: 'ttldxs.minRating', basis: D27 },
        { kind: 'membersRatingPct', rating: 'ttldxs.memberMinRating', pct: 'ttldxs.pctMemberMinRating', basis: D27 },
        { kind: 'membersTitlePct', title: 'LDTT', pct: 'ttldxs.minPctLdtt', basis: D27 },
        { kind: 'membersTitleCount', title: 'CSTDCS', count: 'ttldxs.minCstdcs', basis: D27 },
        { kind: 'noMemberDisciplineFrom', level: 'ttldxs.memberDisciplineBlockFrom', basis: D27 },
      ],
    },
  ];
}
