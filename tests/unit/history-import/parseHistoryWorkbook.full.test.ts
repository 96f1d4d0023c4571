import { describe, expect, it } from 'vitest';
import { parseHistoryWorkbook } from '../../../src/features/history/import/parseHistoryWorkbook.ts';
import { ctx, fullHistory, historyWorkbook } from './historyFixtures.ts';

describe('importing a full history workbook', () => {
  it('reads 40 staff × 5 years of every record type with no errors and the right counts', async () => {
    const { sheets, counts } = fullHistory();
    const buffer = await historyWorkbook(sheets);
    const started = performance.now();
    const result = await parseHistoryWorkbook(buffer, ctx);
    console.info(`40×5 history workbook parsed in ${Math.round(performance.now() - started)} ms`);

    expect(result.fileError).toBeUndefined();
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual(counts);
    expect(counts).toEqual({ staffYears: 200, awards: 280, disciplines: 2, pending: 2, initiatives: 40, research: 20, collectiveYears: 30, coverage: 0 });
  });

  it('normalises the accepted spellings into the contract’s values', async () => {
    const { content } = await parseHistoryWorkbook(await historyWorkbook(fullHistory().sheets), ctx);
    // GV001 (i = 0): "9,5" months, rating HTXSNV, blank "Đã kiểm tra kỷ luật" = not checked; GV002 in "2019 - 2020" with the long rating form.
    expect(content.staffYears[0]).toEqual({
      staffCode: 'GV001',
      year: 2019,
      rating: 'HTXSNV',
      monthsWorked: 9.5,
      leaveDays: 0,
      maternityLeaveDays: 0,
      collectiveName: 'Tổ khối 1',
      disciplineChecked: false,
    });
    expect(content.staffYears[1]).toMatchObject({ staffCode: 'GV002', year: 2019, rating: 'HTTNV', monthsWorked: 10 });
    expect(content.staffYears[2]).toMatchObject({ staffCode: 'GV003', year: 2019, rating: 'HTNV' }); // "2019-20", "htnv"
    expect(content.staffYears[3]).toMatchObject({ maternityLeaveDays: 180 });
    expect(content.awards[0]).toEqual({
      staffCode: 'GV001',
      collectiveName: null,
      year: 2019,
      code: 'LDTT',
      decisionNumber: '2119/QĐ-UBND',
      decisionDate: '2020-06-15',
      issuer: 'UBND Quận 1',
    });
    expect(content.awards.filter((a) => a.code === 'CSTDCS')).toHaveLength(50);
    expect(content.awards.find((a) => a.collectiveName === 'Tổ khối 2')).toMatchObject({ staffCode: null, code: 'TTLDTT', decisionDate: '2020-06-25' });
    expect(content.disciplines).toEqual([
      { staffCode: 'GV006', year: 2020, level: 'khien_trach', date: '2021-03-12' },
      { staffCode: 'GV007', year: 2021, level: 'canh_cao', date: '2022-01-20' },
    ]);
    expect(content.pending).toEqual([
      { staffCode: 'GV008', kind: 'discipline', from: '2023-09-01', to: null },
      { staffCode: 'GV009', kind: 'investigation', from: '2023-02-01', to: '2023-06-30' },
    ]);
    expect(content.research[1]).toEqual({ staffCode: 'GV002', year: 2019, title: 'Đề tài 1 năm 2019', accepted: true, applied: false });
    expect(content.research[0]?.applied).toBeNull();
    expect(content.collectiveYears[0]).toEqual({ collectiveName: 'Tổ khối 1', year: 2019, rating: 'HTTNV' });
  });

  it('merges initiative rows with the same year and title into one initiative with both authors', async () => {
    const buffer = await historyWorkbook({
      'Sáng kiến': [
        ['2023-2024', 'Dạy đọc  hiểu qua trò chơi', 'Cơ sở', 'A', '15/05/2024', 'GV001', 60],
        ['2023-2024', 'Ứng dụng bản đồ tư duy', 'Thành phố', null, null, 'GV003', null],
        ['2023 - 2024', 'dạy đọc hiểu qua trò chơi', 'cap co so', null, null, 'gv002', '40%'],
      ],
    });
    const result = await parseHistoryWorkbook(buffer, ctx);
    expect(result.errors).toEqual([]);
    expect(result.counts.initiatives).toBe(2);
    expect(result.content.initiatives).toEqual([
      {
        year: 2023,
        title: 'Dạy đọc hiểu qua trò chơi',
        level: 'co_so',
        grade: 'A',
        recognisedOn: '2024-05-15',
        authors: [
          { staffCode: 'GV001', sharePct: 60 },
          { staffCode: 'GV002', sharePct: 40 },
        ],
      },
      { year: 2023, title: 'Ứng dụng bản đồ tư duy', level: 'thanh_pho', grade: null, recognisedOn: null, authors: [{ staffCode: 'GV003', sharePct: 100 }] },
    ]);
  });

  it('matches sheet names and headers ignoring diacritics, case, spacing and column order, below a title row', async () => {
    const headers = { 'HO SO NAM HOC': ['tổ', 'XEP LOAI', 'nam hoc', ' Mã  cán bộ ', 'so thang cong tac'] };
    const rows = [['Tổ khối 2', 'httnv', '2022-2023', 'GV010', 11]];
    const workbook = await historyWorkbook({ 'HO SO NAM HOC': rows, 'Ghi chú': [['Mã cán bộ']] }, headers, [['HỒ SƠ CÁC NĂM HỌC'], []]);
    const result = await parseHistoryWorkbook(workbook, ctx);
    expect(result.errors).toEqual([]);
    expect(result.counts.staffYears).toBe(1);
    expect(result.content.staffYears).toEqual([
      {
        staffCode: 'GV010',
        year: 2022,
        rating: 'HTTNV',
        monthsWorked: 11,
        leaveDays: 0, // blank: the documented default
        maternityLeaveDays: 0,
        collectiveName: 'Tổ khối 2',
        disciplineChecked: false,
      },
    ]);
  });
});
