// Public posting of the approved list before it is sent or decided (niêm yết công khai), as rule-set data.
// domain.md (§3 "Publicity") names 10 working days only for state-level awards (Bộ Nội vụ, Hà Nội) and 7 for one
// city title; it names no period for a school's list, so the school default of 5 working days is [U].
import type { Parameter } from '../ruleSetTypes.ts';
import { cite, param } from './legalBasis.ts';

/** The posting period parameter (working days), the same in both rule sets. */
export function postingParameters(): Parameter[] {
  return [
    param(
      'posting.workingDays',
      'Thời gian công khai danh sách đề nghị khen thưởng để lấy ý kiến (ngày làm việc)',
      'days',
      5,
      cite(
        'Quy chế dân chủ ở cơ sở; Quy chế Hội đồng Thi đua - Khen thưởng của trường',
        'công khai danh sách đề nghị khen thưởng',
        'U',
        'domain.md không nêu thời hạn cho cấp trường (chỉ 10 ngày làm việc cho khen thưởng cấp Nhà nước, NĐ 152/2025 Điều 44 khoản 2); mặc định 5 ngày làm việc',
      ),
    ),
  ];
}
