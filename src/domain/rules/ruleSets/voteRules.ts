// The council's votes, quorum and attendance as rule-set data (domain.md §3, §13.5, §14). NĐ 98/2023 Điều 30
// khoản 7 is read [V]; the matching article of NĐ 152/2025 is not, so rule set 2 carries NĐ 98's values [P].
import type { AwardCode } from '../facts.ts';
import type { LegalBasis, MeetingRuleDefinition, Parameter, RuleSet, VoteRuleDefinition } from '../ruleSetTypes.ts';
import { ND_98_2023, cite, param } from './legalBasis.ts';

const CARRIED = 'Điều tương ứng của NĐ 152/2025 chưa đọc; giữ mức của NĐ 98/2023 Điều 30 khoản 7';
const BAC_NINH = cite(
  'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh; Thông tư 25/2025/TT-BKHCN',
  'Điều 8 khoản 4',
  'P',
  'Mô hình gần nhất, chưa có quy định cho trường',
);
const QUY_CHE = 'Quy chế Hội đồng Thi đua - Khen thưởng của trường';
const TT_29 = cite('Thông tư 29/2023/TT-BGDĐT', 'Điều 11 khoản 1', 'U', 'Luật Điều 80 không nêu trường do UBND phường quản lý; mặc định tắt');

/** The legal basis of the CSTĐCS vote in each rule set: read in rule set 1, carried into rule set 2. */
function nd98Vote(ruleSet: 1 | 2): LegalBasis {
  return ruleSet === 1 ? cite(ND_98_2023, 'Điều 30 khoản 7', 'V') : cite(ND_98_2023, 'Điều 30 khoản 7', 'P', CARRIED);
}

/** Vote, quorum and attendance parameters of a rule set. */
export function voteParameters(ruleSet: 1 | 2): Parameter[] {
  const nd98 = nd98Vote(ruleSet);
  return [
    param('vote.cstdcs.thresholdPct', 'Bỏ phiếu kín CSTĐCS: tỉ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng (%)', 'percent', 80, nd98),
    param(
      'vote.upper.thresholdPct',
      'Bỏ phiếu kín đề nghị cấp Thành phố trở lên: tỉ lệ đồng ý tối thiểu trên tổng số thành viên (%)',
      'percent',
      80,
      cite(ND_98_2023, 'Điều 30 khoản 7', 'P', 'Áp dụng mức của CSTĐCS cho hồ sơ trình cấp trên'),
    ),
    param(
      'vote.ordinary.thresholdPct',
      'LĐTT, Tập thể LĐTT, Giấy khen: tỉ lệ đồng ý phải vượt quá (%) tổng số thành viên',
      'percent',
      50,
      cite(QUY_CHE, 'biểu quyết', 'U', 'Không thuộc danh sách bắt buộc bỏ phiếu của NĐ 98/2023 Điều 30 khoản 7'),
    ),
    param('vote.writtenOpinionsCount', 'Tính ý kiến bằng văn bản của thành viên vắng mặt', 'boolean', true, nd98),
    param('meeting.quorumNumerator', 'Số thành viên tối thiểu dự họp: tử số (trên tổng số thành viên)', 'count', 2, BAC_NINH),
    param('meeting.quorumDenominator', 'Số thành viên tối thiểu dự họp: mẫu số', 'count', 3, BAC_NINH),
    param('meeting.awardAttendancePct', 'Phiên họp xét khen thưởng: tỉ lệ thành viên dự họp tối thiểu (%)', 'percent', 80, BAC_NINH),
    param('authority.principalGiayKhen', 'Hiệu trưởng tặng Giấy khen cho viên chức của trường', 'boolean', false, TT_29),
  ];
}

const UPPER: readonly AwardCode[] = ['TTLDXS', 'BK_UBND_TP', 'CSTD_TP', 'CSTD_TQ', 'BK_TTG', 'HCLD_III'];
const ORDINARY: readonly AwardCode[] = ['LDTT', 'TTLDTT', 'GIAY_KHEN'];

/** Per-title vote rules: CSTĐCS and every proposal upward by secret ballot, the others by ballot or show of hands. */
export function voteRules(ruleSet: 1 | 2): Partial<Record<AwardCode, VoteRuleDefinition>> {
  const rules: Partial<Record<AwardCode, VoteRuleDefinition>> = {
    CSTDCS: { method: 'ballot', thresholdPct: 'vote.cstdcs.thresholdPct', strict: false, basis: nd98Vote(ruleSet) },
  };
  for (const code of UPPER) {
    rules[code] = { method: 'ballot', thresholdPct: 'vote.upper.thresholdPct', strict: false, basis: cite(ND_98_2023, 'Điều 30 khoản 7', 'P') };
  }
  for (const code of ORDINARY) {
    rules[code] = {
      method: 'ballot_or_hands',
      thresholdPct: 'vote.ordinary.thresholdPct',
      strict: true,
      basis: cite(ND_98_2023, 'Điều 30 khoản 7', 'P', 'Không bắt buộc bỏ phiếu kín; cuộc họp quyết định hình thức'),
    };
  }
  return rules;
}

/** Meeting rules (quorum 2/3, award meetings 80%, written opinions counted); the same in both rule sets. */
export function meetingRules(): MeetingRuleDefinition {
  return {
    quorumNumerator: 'meeting.quorumNumerator',
    quorumDenominator: 'meeting.quorumDenominator',
    awardAttendancePct: 'meeting.awardAttendancePct',
    writtenOpinionsCount: 'vote.writtenOpinionsCount',
    basis: BAC_NINH,
  };
}

/** The vote-related fields of a rule set. */
export function voteSection(ruleSet: 1 | 2): Pick<RuleSet, 'votes' | 'meeting' | 'principalGiayKhen'> {
  return { votes: voteRules(ruleSet), meeting: meetingRules(), principalGiayKhen: 'authority.principalGiayKhen' };
}
