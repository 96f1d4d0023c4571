// "Next reachable titles and what is missing", for the personal record page.
import { describe, expect, it } from 'vitest';
import { RULE_SETS, forecastTitles, indexFacts, type StaffFacts } from '../../../src/domain/rules/index.ts';
import { buildStaff, buildYear, yearsWithAward } from './factories.ts';

const forecast = (staff: StaffFacts, year: number) => forecastTitles(indexFacts({ staff: [staff], collectives: [] }), RULE_SETS, staff.id, { year });

describe('forecastTitles', () => {
  it('lists what CSTĐ Thành phố still needs next year', () => {
    const items = forecast(buildStaff('a', yearsWithAward('CSTDCS', [2023, 2024])), 2025);
    const tp = items.find((i) => i.title === 'CSTD_TP');
    expect(tp?.status).toBe('reachable');
    expect(tp?.needs).toEqual(['CSTĐCS 2025-2026', 'một sáng kiến cấp Thành phố trở lên trong các năm học 2023-2024 – 2025-2026']);
    expect(tp?.message).toBe(
      'CSTĐ Thành phố năm học 2025-2026: cần CSTĐCS 2025-2026 và một sáng kiến cấp Thành phố trở lên trong các năm học 2023-2024 – 2025-2026',
    );
  });

  it('marks a title unreachable when a past year breaks the chain', () => {
    const staff = buildStaff('a', [buildYear(2023), ...yearsWithAward('CSTDCS', [2024])]);
    const tp = forecast(staff, 2025).find((i) => i.title === 'CSTD_TP');
    expect(tp?.status).toBe('unreachable');
    expect(tp?.blockers).toEqual(['Thiếu danh hiệu CSTĐCS năm học 2023-2024; chưa xác định: Chưa đủ dữ liệu để xét CSTĐCS năm học 2025-2026']);
  });

  it('lists the year’s own facts still to come for LĐTT and CSTĐCS', () => {
    const items = forecast(buildStaff('a', [buildYear(2024)]), 2025);
    expect(items.find((i) => i.title === 'LDTT')?.needs).toEqual([
      'xếp loại HTTNV trở lên năm học 2025-2026',
      'không bị kỷ luật từ khiển trách trở lên năm học 2025-2026',
      'làm việc đủ 10 tháng năm học 2025-2026',
      'nghỉ không quá 40 ngày năm học 2025-2026',
    ]);
    expect(items.find((i) => i.title === 'CSTDCS')?.message).toBe(
      'CSTĐCS năm học 2025-2026: cần LĐTT 2025-2026 và xếp loại HTXSNV năm học ' +
        '2025-2026 hoặc một sáng kiến cấp cơ sở trở lên năm học 2025-2026 hoặc một đề tài được nghiệm thu và áp dụng năm học 2025-2026',
    );
  });

  it('says when a title is already within reach', () => {
    const items = forecast(buildStaff('a', [buildYear(2025, { rating: 'HTXSNV' })]), 2025);
    expect(items.find((i) => i.title === 'CSTDCS')).toMatchObject({ status: 'eligible', message: 'CSTĐCS năm học 2025-2026: đã đủ điều kiện' });
  });
});
