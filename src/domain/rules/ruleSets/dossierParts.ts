// The parts of a dossier sent to the upper level, per rule set (domain.md §4, §13.6): which documents, under which
// form of which decree, for whom and for which titles. The export and the completeness check read this list; no
// part name or form number is written anywhere else.
import type { DossierPartDefinition } from '../ruleSetTypes.ts';
import { LUAT_2022, ND_152_2025, ND_98_2023, cite, luat } from './legalBasis.ts';

const CSTD = ['CSTDCS', 'CSTD_TP', 'CSTD_TQ'] as const;
const QD_638 = 'Quyết định 638/QĐ-BNV (thủ tục xét tặng CSTĐCS cấp xã)';
const MINUTES_NOTE = 'Không có mẫu quốc gia; dùng mẫu của trường (domain.md §3)';

/** Dossier-level parts common to both rule sets: minutes, ballot, public-posting comments. */
function commonParts(): DossierPartDefinition[] {
  return [
    {
      kind: 'minutes',
      name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
      form: null,
      scope: 'dossier',
      procedures: ['ordinary'],
      required: true,
      basis: luat('Điều 84 khoản 1', 'V', MINUTES_NOTE),
    },
    {
      kind: 'voteCount',
      name: 'Biên bản kiểm phiếu (kết quả bỏ phiếu kín)',
      form: null,
      scope: 'dossier',
      procedures: ['ordinary'],
      required: true,
      basis: luat('Điều 84 khoản 1', 'V', MINUTES_NOTE),
    },
    {
      kind: 'postingComments',
      name: 'Ý kiến nhận được trong thời gian công khai danh sách',
      form: null,
      scope: 'dossier',
      procedures: ['ordinary'],
      required: false,
      basis: cite('Quy chế dân chủ ở cơ sở', 'công khai danh sách đề nghị khen thưởng', 'U'),
    },
  ];
}

/** Nominee-level parts common to both rule sets, filed after the reports: earlier decisions, evidence. */
function commonNomineeParts(): DossierPartDefinition[] {
  return [
    {
      kind: 'priorDecisions',
      name: 'Các quyết định khen thưởng đã đạt (chứng minh chuỗi danh hiệu)',
      form: null,
      scope: 'nominee',
      procedures: ['ordinary'],
      required: false,
      basis: cite(LUAT_2022, 'Điều 84 khoản 1', 'P', 'Bản sao quyết định của các năm làm căn cứ (domain.md §4.1)'),
    },
    {
      kind: 'evidence',
      name: 'Tài liệu minh chứng',
      form: null,
      scope: 'nominee',
      procedures: ['ordinary', 'simplified'],
      required: false,
      basis: cite(LUAT_2022, 'Điều 84 khoản 1', 'P', 'Tệp minh chứng đã tải lên'),
    },
  ];
}

/** The dossier parts under NĐ 98/2023 (rule set 1). */
export function nd98DossierParts(): DossierPartDefinition[] {
  return [
    {
      kind: 'submission',
      name: 'Tờ trình đề nghị khen thưởng kèm danh sách',
      form: 'Tờ trình (mẫu theo Nghị định 98/2023/NĐ-CP)',
      scope: 'dossier',
      procedures: ['ordinary', 'simplified'],
      required: true,
      basis: cite(ND_98_2023, 'Phụ lục; Luật Điều 84 khoản 1', 'P', 'Số mẫu của tờ trình chưa xác minh'),
    },
    ...commonParts(),
    {
      kind: 'achievementReport',
      name: 'Báo cáo thành tích cá nhân',
      form: 'Mẫu số 03, Phụ lục Nghị định 98/2023/NĐ-CP',
      scope: 'nominee',
      subject: 'individual',
      procedures: ['ordinary'],
      required: true,
      basis: cite(ND_98_2023, 'Phụ lục I Mẫu số 03', 'V'),
    },
    {
      kind: 'achievementReport',
      name: 'Báo cáo thành tích tập thể',
      form: 'Mẫu số 02, Phụ lục Nghị định 98/2023/NĐ-CP',
      scope: 'nominee',
      subject: 'collective',
      procedures: ['ordinary'],
      required: true,
      basis: cite(ND_98_2023, 'Phụ lục I Mẫu số 02', 'V'),
    },
    summaryPart(cite(ND_98_2023, 'Điều 40 khoản 1', 'V')),
    {
      kind: 'initiativeProof',
      name: 'Quyết định công nhận sáng kiến, giấy chứng nhận (hiệu quả áp dụng, phạm vi ảnh hưởng)',
      form: null,
      scope: 'nominee',
      titles: [...CSTD],
      procedures: ['ordinary'],
      required: true,
      basis: luat('Điều 84 khoản 1', 'V'),
    },
    ...commonNomineeParts(),
  ];
}

/** The dossier parts under NĐ 152/2025 (rule set 2). */
export function nd152DossierParts(): DossierPartDefinition[] {
  return [
    {
      kind: 'submission',
      name: 'Tờ trình đề nghị khen thưởng kèm danh sách',
      form: 'Mẫu số 01, Phụ lục Nghị định 152/2025/NĐ-CP',
      scope: 'dossier',
      procedures: ['ordinary', 'simplified'],
      required: true,
      basis: cite(ND_152_2025, 'Phụ lục Mẫu số 01', 'V', QD_638),
    },
    ...commonParts(),
    {
      kind: 'achievementReport',
      name: 'Báo cáo thành tích cá nhân',
      form: 'Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP',
      scope: 'nominee',
      subject: 'individual',
      procedures: ['ordinary'],
      required: true,
      basis: cite(ND_152_2025, 'Phụ lục Mẫu số 05', 'V', QD_638),
    },
    {
      kind: 'achievementReport',
      name: 'Báo cáo thành tích tập thể',
      form: 'Mẫu số 04, Phụ lục Nghị định 152/2025/NĐ-CP',
      scope: 'nominee',
      subject: 'collective',
      procedures: ['ordinary'],
      required: true,
      basis: cite(ND_152_2025, 'Phụ lục Mẫu số 04', 'P', 'Số mẫu suy ra từ thứ tự danh mục (domain.md §13.6)'),
    },
    summaryPart(luat('Điều 85', 'V', 'Thủ tục đơn giản không thay đổi theo NĐ 152/2025')),
    {
      kind: 'initiativeProof',
      name: 'Quyết định công nhận sáng kiến, giấy chứng nhận, hoặc xác nhận mức Hoàn thành xuất sắc nhiệm vụ (CSTĐCS)',
      form: null,
      scope: 'nominee',
      titles: [...CSTD],
      procedures: ['ordinary'],
      required: true,
      excellentRatingSuffices: ['CSTDCS'],
      basis: cite(QD_638, 'thành phần hồ sơ (4)', 'V'),
    },
    ...commonNomineeParts(),
  ];
}

function summaryPart(basis: DossierPartDefinition['basis']): DossierPartDefinition {
  return {
    kind: 'summaryReport',
    name: 'Báo cáo tóm tắt thành tích (thủ tục đơn giản)',
    form: null,
    scope: 'nominee',
    procedures: ['simplified'],
    required: true,
    basis,
  };
}
