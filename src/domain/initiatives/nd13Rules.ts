// The shipped initiative rules: Nghị định 13/2012/NĐ-CP (Điều lệ sáng kiến) and Thông tư 18/2013/TT-BKHCN, with the
// Hà Nội education practice of grading A/B/C. No Hà Nội points rubric was found (domain.md §5, §14): the rubric and
// the cut-offs are the common provincial pattern, tagged [U] and editable per school year.
import { cite } from '../rules/ruleSets/legalBasis.ts';
import type { InitiativeRules } from './initiativeRuleTypes.ts';

export const ND_13_2012 = 'Nghị định 13/2012/NĐ-CP ban hành Điều lệ Sáng kiến';
export const TT_18_2013 = 'Thông tư 18/2013/TT-BKHCN';
const PRACTICE = 'Thực tiễn chấm sáng kiến ngành giáo dục (Quảng Ngãi, Gia Lai, Bạc Liêu); chưa tìm thấy thang điểm của Hà Nội';

/** The default rules for initiatives recognised at school (cơ sở) level. */
export const ND13_INITIATIVE_RULES: InitiativeRules = {
  id: 'nd13-2012',
  regulation: [
    { title: 'Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến', basis: cite(ND_13_2012, 'toàn văn', 'P') },
    {
      title: 'Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013 của Bộ Khoa học và Công nghệ hướng dẫn thi hành một số quy định của Điều lệ Sáng kiến',
      basis: cite(TT_18_2013, 'toàn văn', 'P', 'Ngày ban hành chưa xác minh'),
    },
  ],
  rubric: {
    criteria: [
      {
        key: 'novelty',
        name: 'Tính mới, sáng tạo',
        maxPoints: 30,
        descriptors: ['Chưa được áp dụng, công bố tại đơn vị', 'Không trùng với sáng kiến đã được công nhận', 'Có cải tiến so với cách làm trước'],
      },
      {
        key: 'soundness',
        name: 'Tính khoa học',
        maxPoints: 20,
        descriptors: ['Bố cục chặt chẽ, lập luận có cơ sở', 'Số liệu, minh chứng rõ ràng'],
      },
      {
        key: 'effectiveness',
        name: 'Hiệu quả',
        maxPoints: 30,
        descriptors: ['Có số liệu trước và sau khi áp dụng', 'Mang lại lợi ích thiết thực cho học sinh, nhà trường'],
      },
      {
        key: 'applicability',
        name: 'Khả năng áp dụng, nhân rộng',
        maxPoints: 20,
        descriptors: ['Đã áp dụng hoặc áp dụng thử tại đơn vị', 'Có thể áp dụng ở lớp, tổ, trường khác'],
      },
    ],
    basis: cite(ND_13_2012, 'Điều lệ Sáng kiến, điều kiện công nhận (tính mới, khả năng áp dụng, lợi ích)', 'U', PRACTICE),
  },
  grades: {
    bands: [
      { grade: 'A', label: 'Loại A', minPoints: 85 },
      { grade: 'B', label: 'Loại B', minPoints: 70 },
      { grade: 'C', label: 'Loại C', minPoints: 50 },
    ],
    basis: cite(
      'Công văn 881/SGDĐT-GDTX-ĐH (Sở GD&ĐT Hà Nội, 06/4/2022)',
      'xếp loại A/B/C',
      'U',
      'Các ngưỡng điểm chưa xác minh; dưới loại C: không công nhận',
    ),
  },
  recognisedBy: { title: 'Hiệu trưởng', basis: cite(ND_13_2012, 'Điều lệ Sáng kiến (thủ trưởng đơn vị công nhận)', 'P', 'Số điều chưa xác minh') },
  council: {
    minMembers: 3,
    chairPositions: ['Hiệu trưởng', 'Phó Hiệu trưởng'],
    basis: cite(TT_18_2013, 'Hội đồng sáng kiến cơ sở', 'U', 'Tối thiểu 3 thành viên, chủ tịch là thủ trưởng hoặc cấp phó: thực tiễn, chưa xác minh'),
  },
  reviewersPerInitiative: { value: 2, basis: cite(ND_13_2012, 'Hội đồng sáng kiến đánh giá', 'U', PRACTICE) },
  disagreementThreshold: { value: 20, basis: cite(ND_13_2012, 'Hội đồng sáng kiến đánh giá', 'U', `${PRACTICE}: lệch trên 20 điểm thì chấm lần ba`) },
  rounding: { decimals: 1, basis: cite(ND_13_2012, 'Hội đồng sáng kiến đánh giá', 'U', 'Điểm trung bình làm tròn một chữ số thập phân') },
  excludeSameCollective: {
    value: false,
    basis: cite(ND_13_2012, 'Điều lệ Sáng kiến (tác giả không tự đánh giá)', 'U', 'Loại trừ thành viên cùng tổ là lựa chọn của trường'),
  },
  scoringReminderDays: {
    value: 3,
    basis: cite(ND_13_2012, 'Hội đồng sáng kiến đánh giá', 'U', 'Văn bản không quy định việc nhắc hạn chấm; số ngày nhắc là lựa chọn của trường'),
  },
};
