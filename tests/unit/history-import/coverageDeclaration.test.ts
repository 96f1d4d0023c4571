// Issue 11 §2: the history import can declare the years its records are complete for, by sheet or by --covers.
import { describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '../../../src/features/history/import/parseHistoryCsv.ts';
import { mergeCoverage, parseCoversFlag } from '../../../src/features/history/import/parseCoversFlag.ts';

const ctx = { staffCodes: ['GV001'], collectiveNames: [] };

describe('declaring complete years in the history file', () => {
  it('reads "Năm học đã đủ dữ liệu" rows, with "Tất cả" and comma lists, and flags bad kinds and repeated years', () => {
    const csv = [
      'Loại bản ghi,Năm học,Hồ sơ đã đủ',
      'Năm học đã đủ dữ liệu,2022-2023,"Kỷ luật, Xếp loại"',
      'Năm học đã đủ dữ liệu,2023-2024,Tất cả',
      'Năm học đã đủ dữ liệu,2024-2025,Lương',
      'Năm học đã đủ dữ liệu,2022-23,Danh hiệu',
      'Năm học đã đủ dữ liệu,2021-2022,',
    ].join('\r\n');
    const result = parseHistoryCsv(Buffer.from(csv), ctx);
    expect(result.content.coverage).toEqual([
      { year: 2022, kinds: ['ratings', 'discipline'] },
      { year: 2023, kinds: ['ratings', 'titles', 'discipline', 'initiatives', 'research'] },
    ]);
    expect(result.errors.map((e) => `${e.row} ${e.column}: ${e.message}`)).toEqual([
      '4 Hồ sơ đã đủ: Hồ sơ đã đủ “Lương” không hợp lệ: ghi một trong Xếp loại, Danh hiệu, Kỷ luật, Sáng kiến, Đề tài, Tất cả.',
      '5 Năm học: Trùng với dòng 2.',
      '6 Hồ sơ đã đủ: Thiếu hồ sơ đã đủ.',
    ]);
  });

  it('reads --covers ranges and merges them with the sheet year by year', () => {
    const flag = parseCoversFlag('2019-2020..2021-2022:ratings,titles');
    expect(flag).toEqual({
      ok: true,
      coverage: [2019, 2020, 2021].map((year) => ({ year, kinds: ['ratings', 'titles'] })),
    });
    expect(parseCoversFlag('2019:ratings')).toMatchObject({ ok: false });
    expect(parseCoversFlag('2019-2020:luong')).toMatchObject({ ok: false });
    expect(mergeCoverage(flag.ok ? flag.coverage : [], [{ year: 2021, kinds: ['discipline'] }])[2]).toEqual({
      year: 2021,
      kinds: ['ratings', 'titles', 'discipline'],
    });
  });
});
