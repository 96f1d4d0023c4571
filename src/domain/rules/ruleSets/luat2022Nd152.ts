// Rule set 2: Luật 2022 + NĐ 152/2025 (from 01/07/2025). Districts are gone: the ward chairman holds the
// school-level powers (NĐ 129/2025 Điều 59) and City-level dossiers go through Sở Nội vụ Hà Nội.
import type { RuleSet } from '../ruleSetTypes.ts';
import { authorityTable } from './authorityTable.ts';
import { collectiveTitles } from './collectiveTitles.ts';
import { TENURE, individualTitles } from './individualTitles.ts';
import { nd152DossierParts } from './dossierParts.ts';
import { lawParameters } from './lawParameters.ts';
import { ND_129_2025, ND_152_2025, byKey, cite, luat, param } from './legalBasis.ts';
import { stateLevels } from './stateAuthorities.ts';
import { voteParameters, voteSection } from './voteRules.ts';
import { postingParameters } from './postingParameters.ts';

const ARTICLE_4 = (khoan: number) => cite(ND_152_2025, `Điều 4 khoản ${khoan}`, 'V');

/** "Luật 2022 + NĐ 152/2025". */
export const LUAT_2022_ND_152: RuleSet = {
  id: 'luat2022-nd152-2025',
  name: 'Luật 2022 + NĐ 152/2025',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  sources: [
    luat('toàn văn', 'V'),
    cite(ND_152_2025, 'Điều 59 (hiệu lực 01/7/2025, thay thế NĐ 98/2023)', 'V'),
    cite(ND_129_2025, 'Điều 59', 'V'),
    cite('Thông tư 15/2025/TT-BNV', 'toàn văn (chưa đọc)', 'U'),
  ],
  parameters: byKey([
    ...lawParameters(),
    ...voteParameters(2),
    ...postingParameters(),
    param('general.maternityCountsAsWorked', 'Thời gian nghỉ thai sản được tính là thời gian làm việc', 'boolean', true, ARTICLE_4(5)),
    param('ldtt.minTenureMonths', 'LĐTT: không xét người được tuyển dụng dưới (tháng) tính đến ngày xét', 'months', 6, TENURE),
    param('general.tieBreakPreferWomen', 'Khi bằng nhau, ưu tiên nữ', 'boolean', true, ARTICLE_4(6)),
    param('general.tieBreakCollectiveWomenPct', 'Khi bằng nhau, ưu tiên tập thể có tỉ lệ nữ từ (%)', 'percent', 70, ARTICLE_4(6)),
  ]),
  generalCriteria: [{ kind: 'noPendingProceedings', basis: ARTICLE_4(4) }],
  titles: [...individualTitles({ tenure: true }), ...collectiveTitles()],
  authorities: authorityTable({
    local: {
      level: 'local',
      decides: 'Chủ tịch UBND phường',
      receives: 'UBND phường (Phòng Văn hóa - Xã hội; Hội đồng Thi đua - Khen thưởng phường)',
      decidesBasis: cite(ND_129_2025, 'Điều 59', 'V'),
      receivesBasis: cite('NĐ 150/2025/NĐ-CP; QĐ 638/QĐ-BNV', 'Phòng Văn hóa - Xã hội tham mưu nội vụ ở cấp xã', 'P'),
    },
    city: {
      level: 'city',
      decides: 'Chủ tịch UBND Thành phố Hà Nội',
      receives: 'Sở Nội vụ Hà Nội (Ban Thi đua - Khen thưởng), qua UBND phường',
      decidesBasis: luat('Điều 79', 'U', 'Số điều chưa xác minh; mô hình QĐ 86/2025 của Bắc Ninh'),
      receivesBasis: cite('Quyết định 71/2025/QĐ-UBND Thành phố Hà Nội', 'Điều 5', 'P'),
    },
    ...stateLevels('UBND Thành phố'),
  }),
  ratioCaps: [{ title: 'CSTDCS', basisTitle: 'LDTT', pct: 'cstdcs.capPctOfLdtt', basis: luat('Điều 23', 'P') }],
  tieBreak: {
    preferWomen: 'general.tieBreakPreferWomen',
    collectiveWomenPct: 'general.tieBreakCollectiveWomenPct',
    basis: ARTICLE_4(6),
  },
  principles: [
    { text: 'Hình thức khen thưởng thấp hơn không là điều kiện của hình thức cao hơn, trừ khi tiêu chuẩn nêu rõ.', basis: ARTICLE_4(1) },
    { text: 'Không khen thưởng, đề nghị khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, khiếu nại.', basis: ARTICLE_4(4) },
    { text: 'Thời gian nghỉ thai sản được tính để xét danh hiệu và khen thưởng.', basis: ARTICLE_4(5) },
    { text: 'Khi nhiều trường hợp cùng đủ tiêu chuẩn, ưu tiên nữ hoặc tập thể có từ 70% nữ.', basis: ARTICLE_4(6) },
    { text: 'Kết quả khen thưởng đột xuất, thi đua theo chuyên đề không làm căn cứ đề nghị khen thưởng công trạng.', basis: ARTICLE_4(3) },
  ],
  dossierParts: nd152DossierParts(),
  ...voteSection(2),
};
