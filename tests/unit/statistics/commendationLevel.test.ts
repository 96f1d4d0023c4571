// Issue 15 §2: the level of an award from its issuer (then its code), and who counts as front-line staff.
import { describe, expect, it } from 'vitest';
import { commendationLevel, isEmulationTitle } from '../../../src/domain/statistics/commendationLevel.ts';
import { isFrontLine } from '../../../src/domain/statistics/frontLine.ts';

describe('commendationLevel', () => {
  it.each([
    ['GIAY_KHEN', 'Hiệu trưởng Trường Tiểu học Lý Thường Kiệt', 'school'],
    ['GIAY_KHEN', 'Chủ tịch UBND phường Bồ Đề', 'local'], // "Bồ" is not "Bộ"
    ['LDTT', 'UBND Quận Long Biên', 'local'],
    ['GIAY_KHEN', 'Giám đốc Sở Giáo dục và Đào tạo Hà Nội', 'city'],
    ['BK_UBND_TP', 'Chủ tịch UBND Thành phố Hà Nội', 'city'],
    ['GIAY_KHEN', 'Bộ trưởng Bộ Giáo dục và Đào tạo', 'ministry'],
    ['BK_TTG', 'Thủ tướng Chính phủ', 'government'],
    ['HCLD_III', 'Chủ tịch nước', 'state'],
  ])('%s issued by "%s" is at the %s level', (code, issuer, level) => {
    expect(commendationLevel(code, issuer)).toBe(level);
  });

  it('falls back to the authority of the code when the issuer does not say', () => {
    expect(commendationLevel('BK_UBND_TP', '')).toBe('city');
    expect(commendationLevel('BK_TTG', 'Văn phòng')).toBe('government');
    expect(commendationLevel('LDTT', '')).toBe('local');
  });

  it('tells titles from forms', () => {
    expect(isEmulationTitle('CSTDCS')).toBe(true);
    expect(isEmulationTitle('GIAY_KHEN')).toBe(false);
  });
});

describe('isFrontLine', () => {
  it('is everyone but the principal and the vice principals, whatever the case and diacritics', () => {
    expect(isFrontLine('Giáo viên')).toBe(true);
    expect(isFrontLine('Tổ trưởng chuyên môn')).toBe(true);
    expect(isFrontLine('Nhân viên văn phòng')).toBe(true);
    expect(isFrontLine('Hiệu trưởng')).toBe(false);
    expect(isFrontLine('phó hiệu trưởng')).toBe(false);
    expect(isFrontLine('Pho Hieu truong')).toBe(false);
    expect(isFrontLine('Hiệu trưởng, Bí thư chi bộ')).toBe(false);
  });
});
