import { describe, expect, it } from 'vitest';
import { cleanText, foldForSearch } from '../../src/domain/text.ts';
import { compareVietnameseNames, sortByVietnameseName, splitVietnameseName } from '../../src/domain/vietnameseNames.ts';

describe('Vietnamese text', () => {
  it('stores text in NFC with single spaces', () => {
    const decomposed = 'Nguye\u0302\u0303n  Thu\u0301y Ha\u0300 ';
    expect(cleanText(decomposed)).toBe('Nguyễn Thúy Hà');
    expect(cleanText(decomposed)).toBe(cleanText(decomposed).normalize('NFC'));
  });

  it('folds diacritics and đ for search', () => {
    expect(foldForSearch('Nguyễn Thúy Hà')).toBe('nguyen thuy ha');
    expect(foldForSearch('ĐẶNG Thu Trang')).toBe('dang thu trang');
  });
});

describe('Vietnamese name sorting', () => {
  it('splits the given name from the rest', () => {
    expect(splitVietnameseName('Nguyễn Thị Kim Oanh')).toEqual({ given: 'Oanh', rest: 'Nguyễn Thị Kim' });
  });

  it('sorts by given name first, then family and middle names', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thúy Hà', 'Lê Văn An', 'Phạm Thị Hà', 'Đỗ Đức', 'Vũ Dũng'];
    expect(sortByVietnameseName(names, (n) => n)).toEqual(['Lê Văn An', 'Trần Văn Bình', 'Vũ Dũng', 'Đỗ Đức', 'Nguyễn Thúy Hà', 'Phạm Thị Hà']);
  });

  it('follows the Vietnamese alphabet (a < ă < â, d < đ, o < ô < ơ)', () => {
    expect(['Ơn', 'Oanh', 'Ô', 'Đạt', 'Dung', 'Ân', 'Ăn', 'An'].sort(compareVietnameseNames)).toEqual(['An', 'Ăn', 'Ân', 'Dung', 'Đạt', 'Oanh', 'Ô', 'Ơn']);
  });
});
