// Rule set 1: Luật 2022 + NĐ 98/2023 (01/01/2024 – 30/06/2025). The district (quận) still exists:
// its chairman decides school-level titles (Luật Điều 80 khoản 2) and the district council receives.
import type { RuleSet } from '../ruleSetTypes.ts';
import { authorityTable } from './authorityTable.ts';
import { collectiveTitles } from './collectiveTitles.ts';
import { individualTitles } from './individualTitles.ts';
import { nd98DossierParts } from './dossierParts.ts';
import { lawParameters } from './lawParameters.ts';
import { ND_98_2023, byKey, cite, luat, param } from './legalBasis.ts';
import { stateLevels } from './stateAuthorities.ts';
import { voteParameters, voteSection } from './voteRules.ts';
import { postingParameters } from './postingParameters.ts';

const PRINCIPLE_U = (what: string) =>
  cite(ND_98_2023, `${what} (chưa xác minh số điều)`, 'U', 'NĐ 152/2025 Điều 4 quy định rõ từ 01/7/2025; với NĐ 98/2023 chưa đối chiếu');

/** "Luật 2022 + NĐ 98/2023". */
export const LUAT_2022_ND_98: RuleSet = {
  id: 'luat2022-nd98-2023',
  name: 'Luật 2022 + NĐ 98/2023',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  sources: [luat('toàn văn', 'V'), cite(ND_98_2023, 'toàn văn', 'V', 'Bị thay thế từ 01/7/2025 bởi NĐ 152/2025')],
  parameters: byKey([
    ...lawParameters(),
    ...voteParameters(1),
    ...postingParameters(),
    param(
      'general.maternityCountsAsWorked',
      'Thời gian nghỉ thai sản được tính là thời gian làm việc',
      'boolean',
      true,
      PRINCIPLE_U('nguyên tắc tính thời gian nghỉ thai sản'),
    ),
    param('general.tieBreakPreferWomen', 'Khi bằng nhau, ưu tiên nữ', 'boolean', true, PRINCIPLE_U('nguyên tắc ưu tiên nữ')),
    param('general.tieBreakCollectiveWomenPct', 'Khi bằng nhau, ưu tiên tập thể có tỉ lệ nữ từ (%)', 'percent', 70, PRINCIPLE_U('nguyên tắc ưu tiên nữ')),
  ]),
  generalCriteria: [{ kind: 'noPendingProceedings', basis: PRINCIPLE_U('không khen thưởng khi đang xem xét kỷ luật, điều tra') }],
  titles: [...individualTitles(), ...collectiveTitles()],
  authorities: authorityTable({
    local: {
      level: 'local',
      decides: 'Chủ tịch UBND quận',
      receives: 'Hội đồng Thi đua - Khen thưởng quận',
      decidesBasis: luat('Điều 80 khoản 2', 'V'),
      receivesBasis: cite('Kế hoạch thi đua, khen thưởng năm 2024 của trường', 'mục hồ sơ đề nghị', 'P'),
    },
    city: {
      level: 'city',
      decides: 'Chủ tịch UBND Thành phố Hà Nội',
      receives: 'Sở Nội vụ Hà Nội (Ban Thi đua - Khen thưởng), qua UBND quận',
      decidesBasis: luat('Điều 79', 'U', 'Số điều về thẩm quyền của Chủ tịch UBND cấp tỉnh chưa xác minh'),
      receivesBasis: cite(ND_98_2023, 'trình tự thủ tục (chưa xác minh số điều)', 'P'),
    },
    ...stateLevels('UBND Thành phố'),
  }),
  ratioCaps: [{ title: 'CSTDCS', basisTitle: 'LDTT', pct: 'cstdcs.capPctOfLdtt', basis: luat('Điều 23', 'P') }],
  tieBreak: {
    preferWomen: 'general.tieBreakPreferWomen',
    collectiveWomenPct: 'general.tieBreakCollectiveWomenPct',
    basis: PRINCIPLE_U('nguyên tắc ưu tiên nữ'),
  },
  principles: [
    {
      text: 'Hình thức khen thưởng thấp hơn không là điều kiện của hình thức cao hơn, trừ khi tiêu chuẩn nêu rõ.',
      basis: PRINCIPLE_U('nguyên tắc khen thưởng'),
    },
    { text: 'Một thành tích chỉ được khen thưởng một lần, một hình thức.', basis: luat('nguyên tắc khen thưởng (chưa xác minh số điều)', 'P') },
  ],
  dossierParts: nd98DossierParts(),
  ...voteSection(1),
};
