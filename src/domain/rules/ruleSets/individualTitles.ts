// Individual titles and forms under the 2022 Law, as criteria over parameter keys (lawParameters.ts).
// The same definitions serve both shipped rule sets; only parameters, principles and authorities differ.
import type { IndividualTitle } from '../ruleSetTypes.ts';
import { cite, luat } from './legalBasis.ts';

const HCLD_U = luat('Huân chương Lao động (chưa xác minh số điều)', 'U', 'Điều kiện theo thực tiễn trước 2024, chưa đối chiếu văn bản hiện hành');

/** The tenure rule for LĐTT: TT 01/2024/TT-BNV, kept by TT 15/2025/TT-BNV (partly verified). */
export const TENURE = cite(
  'Thông tư 01/2024/TT-BNV; Thông tư 15/2025/TT-BNV',
  'quy định về thời gian công tác để xét LĐTT',
  'P',
  'TT 01/2024 [V]; việc TT 15/2025 giữ nguyên quy định [P]',
);

/**
 * LĐTT, CSTĐCS, CSTĐ Thành phố, Bằng khen UBND TP, CSTĐ toàn quốc, Bằng khen Thủ tướng, HCLĐ hạng Ba;
 * `tenure` adds LĐTT's "recruited at least n months before" (rule set 2, parameter ldtt.minTenureMonths).
 */
export function individualTitles(opts: { tenure?: boolean } = {}): IndividualTitle[] {
  return [
    {
      code: 'LDTT',
      subject: 'individual',
      name: 'Lao động tiên tiến',
      shortName: 'LĐTT',
      basis: luat('Điều 24', 'V'),
      criteria: [
        { kind: 'ratingAtLeast', rating: 'ldtt.minRating', basis: luat('Điều 24 khoản 1', 'V') },
        { kind: 'noDisciplineFrom', level: 'ldtt.disciplineBlockFrom', basis: luat('Điều 24 khoản 4', 'P') },
        {
          kind: 'minMonthsWorked',
          months: 'ldtt.minMonthsWorked',
          maternityCounts: 'general.maternityCountsAsWorked',
          daysPerMonth: 'general.maternityDaysPerMonth',
          basis: luat('Điều 24 khoản 4', 'U'),
        },
        ...(opts.tenure ? [{ kind: 'minTenureMonths' as const, months: 'ldtt.minTenureMonths', basis: TENURE }] : []),
        { kind: 'maxLeaveDays', days: 'ldtt.maxLeaveDays', maternityCounts: 'general.maternityCountsAsWorked', basis: luat('Điều 24 khoản 4', 'U') },
      ],
    },
    {
      code: 'CSTDCS',
      subject: 'individual',
      name: 'Chiến sĩ thi đua cơ sở',
      shortName: 'CSTĐCS',
      basis: luat('Điều 23', 'V'),
      criteria: [
        { kind: 'titleInYear', title: 'LDTT', basis: luat('Điều 23', 'V') },
        {
          kind: 'anyOf',
          basis: luat('Điều 23', 'V'),
          of: [
            { kind: 'ratingAtLeast', rating: 'cstdcs.altRating', basis: luat('Điều 23', 'V') },
            {
              kind: 'initiativesInWindow',
              level: 'cstdcs.initiativeLevel',
              count: 'cstdcs.initiativeCount',
              years: 'cstdcs.initiativeYears',
              minShare: 'initiative.minSharePct',
              researchCounts: false,
              basis: luat('Điều 23', 'V'),
            },
            { kind: 'researchInYear', requireApplied: true, basis: luat('Điều 23', 'V') },
          ],
        },
      ],
    },
    {
      code: 'CSTD_TP',
      subject: 'individual',
      name: 'Chiến sĩ thi đua cấp Thành phố',
      shortName: 'CSTĐ Thành phố',
      basis: luat('Điều 22', 'V'),
      criteria: [
        { kind: 'consecutiveTitle', title: 'CSTDCS', times: 'cstdtp.consecutiveCstdcs', basis: luat('Điều 22', 'V') },
        {
          kind: 'initiativesInWindow',
          level: 'cstdtp.initiativeLevel',
          count: 'cstdtp.initiativeCount',
          years: 'cstdtp.initiativeYears',
          minShare: 'initiative.minSharePct',
          researchCounts: false,
          basis: luat('Điều 22', 'V', 'Hiệu quả và phạm vi ảnh hưởng do Chủ tịch UBND Thành phố công nhận'),
        },
      ],
    },
    {
      code: 'BK_UBND_TP',
      subject: 'individual',
      name: 'Bằng khen của Chủ tịch UBND Thành phố',
      shortName: 'Bằng khen UBND Thành phố',
      basis: luat(
        'Điều 74 khoản 1',
        'P',
        'Chỉ xét tự động trường hợp CSTĐCS liên tục hoặc HTXSNV liên tục kèm sáng kiến; các trường hợp khác do Hội đồng đánh giá',
      ),
      criteria: [
        {
          kind: 'anyOf',
          basis: luat('Điều 74 khoản 1', 'P'),
          of: [
            { kind: 'consecutiveTitle', title: 'CSTDCS', times: 'bktp.consecutiveCstdcs', basis: luat('Điều 74 khoản 1', 'P') },
            {
              kind: 'allOf',
              basis: luat('Điều 74 khoản 1', 'P'),
              of: [
                { kind: 'consecutiveRating', rating: 'bktp.rating', years: 'bktp.ratingYears', basis: luat('Điều 74 khoản 1', 'P') },
                {
                  kind: 'initiativesInWindow',
                  level: 'bktp.initiativeLevel',
                  count: 'bktp.initiativeCount',
                  years: 'bktp.ratingYears',
                  minShare: 'initiative.minSharePct',
                  researchCounts: true,
                  basis: luat('Điều 74 khoản 1', 'P'),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'CSTD_TQ',
      subject: 'individual',
      name: 'Chiến sĩ thi đua toàn quốc',
      shortName: 'CSTĐ toàn quốc',
      basis: luat('Điều 21', 'V'),
      criteria: [
        { kind: 'consecutiveTitle', title: 'CSTD_TP', times: 'cstdtq.consecutiveCstdtp', stride: 'cstdtq.cstdtpPeriodYears', basis: luat('Điều 21', 'V') },
        {
          kind: 'initiativesInWindow',
          level: 'cstdtq.initiativeLevel',
          count: 'cstdtq.initiativeCount',
          years: 'cstdtq.initiativeYears',
          minShare: 'initiative.minSharePct',
          researchCounts: false,
          basis: luat('Điều 21', 'V'),
        },
      ],
    },
    {
      code: 'BK_TTG',
      subject: 'individual',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      shortName: 'Bằng khen Thủ tướng',
      basis: luat('Điều 73', 'P', 'Các trường hợp khác của Điều 73 chưa được đọc'),
      criteria: [
        { kind: 'titleAwardedBefore', title: 'BK_UBND_TP', yearsBefore: 'bkttg.years', basis: luat('Điều 73', 'P') },
        { kind: 'consecutiveRating', rating: 'bkttg.rating', years: 'bkttg.years', basis: luat('Điều 73', 'P') },
        { kind: 'titleCountInWindow', title: 'CSTDCS', count: 'bkttg.cstdcsCount', years: 'bkttg.years', basis: luat('Điều 73', 'P') },
      ],
    },
    {
      code: 'HCLD_III',
      subject: 'individual',
      name: 'Huân chương Lao động hạng Ba',
      shortName: 'Huân chương Lao động hạng Ba',
      basis: HCLD_U,
      criteria: [
        { kind: 'titleAwardedBefore', title: 'BK_TTG', yearsBefore: 'hcld3.years', basis: HCLD_U },
        { kind: 'consecutiveRating', rating: 'hcld3.rating', years: 'hcld3.years', basis: HCLD_U },
        {
          kind: 'anyOf',
          basis: HCLD_U,
          of: [
            { kind: 'titleCountInWindow', title: 'CSTD_TP', count: 'hcld3.cstdtpCount', years: 'hcld3.years', basis: HCLD_U },
            {
              kind: 'initiativesInWindow',
              level: 'hcld3.initiativeLevel',
              count: 'hcld3.initiativeCount',
              years: 'hcld3.years',
              minShare: 'initiative.minSharePct',
              researchCounts: false,
              basis: HCLD_U,
            },
          ],
        },
      ],
    },
  ];
}
