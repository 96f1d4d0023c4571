import { describe, expect, it } from 'vitest';
import { parseHistoryWorkbook } from '../../../src/features/history/import/parseHistoryWorkbook.ts';
import { ctx, historyWorkbook } from './historyFixtures.ts';

const err = (sheet: string, row: number, column: string, message: unknown) => ({ sheet, row, column, message }); // message: text or an asymmetric matcher

describe('reporting bad cells in a history workbook', () => {
  it('names the sheet, row, column and the typed value for each bad cell of “Hồ sơ năm học”', async () => {
    const S = 'Hồ sơ năm học';
    const buffer = await historyWorkbook({
      [S]: [
        ['GV999', '2023-2024', 'HTT', 13, '-1', 2.5, 'Tổ khối 9', 'Chắc'],
        ['GV001', '2023-2025'],
        ['GV001', '2023-24', 'HTTNV', 9.5],
        ['gv001', '2023 - 2024'],
        ['GV002', '2023-2024', null, 9.55],
        [null, null, 'HTNV'],
      ],
    });
    const result = await parseHistoryWorkbook(buffer, ctx);
    expect(result.errors).toEqual([
      err(S, 2, 'Mã cán bộ', 'Không có cán bộ mã “GV999” trong danh bạ.'),
      err(S, 2, 'Xếp loại', 'Xếp loại “HTT” không hợp lệ: ghi một trong HTXSNV, HTTNV, HTNV, KHTNV.'),
      err(S, 2, 'Số tháng công tác', 'Số tháng công tác phải từ 0 đến 12, lẻ tối đa một chữ số thập phân (đang là “13”).'),
      err(S, 2, 'Số ngày nghỉ', 'Số ngày nghỉ phải là số nguyên từ 0 đến 366 (đang là “-1”).'),
      err(S, 2, 'Số ngày nghỉ thai sản', 'Số ngày nghỉ thai sản phải là số nguyên từ 0 đến 366 (đang là “2.5”).'),
      err(S, 2, 'Tổ', 'Không có tập thể “Tổ khối 9” trong danh bạ.'),
      err(S, 2, 'Đã kiểm tra kỷ luật', 'Đã kiểm tra kỷ luật “Chắc” không hợp lệ: ghi một trong Có, Không.'),
      err(S, 3, 'Năm học', 'Năm học “2023-2025” không hợp lệ: ghi dạng 2023-2024 (từ 1950 đến 2100).'),
      err(S, 5, 'Mã cán bộ', 'Cán bộ “GV001” đã có hồ sơ năm học 2023-2024 ở dòng 4.'),
      err(S, 6, 'Số tháng công tác', 'Số tháng công tác phải từ 0 đến 12, lẻ tối đa một chữ số thập phân (đang là “9.55”).'),
      err(S, 7, 'Mã cán bộ', 'Thiếu mã cán bộ.'),
      err(S, 7, 'Năm học', 'Thiếu năm học.'),
    ]);
    expect(result.content.staffYears).toEqual([expect.objectContaining({ staffCode: 'GV001', year: 2023, monthsWorked: 9.5 })]);
    expect(result.counts.staffYears).toBe(1);
  });

  it('checks award holders, title kinds, dates and required decision fields', async () => {
    const S = 'Danh hiệu, khen thưởng';
    const buffer = await historyWorkbook({
      [S]: [
        ['GV001', 'Tổ khối 1', '2023-2024', 'LDTT', '1/QĐ', '15/06/2024', 'UBND Quận 1'],
        [null, null, '2023-2024', 'LDTT', '1/QĐ', '15/06/2024', 'UBND Quận 1'],
        [null, 'to khoi 1', '2023-2024', 'Lao động tiên tiến', '1/QĐ', '15/06/2024', 'UBND Quận 1'],
        ['GV001', null, '2023-2024', 'Tập thể LĐTT', '1/QĐ', '15/06/2024', 'UBND Quận 1'],
        ['GV001', null, '2023-2024', 'Bằng khen Chủ tịch UBND TP', null, '31/02/2024', 'UBND TP'],
        ['GV001', null, '2023-2024', 'Danh hiệu lạ', '1/QĐ', '01/01/1899', 'UBND'],
        [null, 'TỔ KHỐI 1', '2023-2024', 'bang khen ubnd tp', '7/QĐ', '2024-06-30', 'UBND TP'],
      ],
    });
    const result = await parseHistoryWorkbook(buffer, ctx);
    expect(result.errors).toEqual([
      err(S, 2, 'Tập thể', 'Ghi mã cán bộ hoặc tập thể, không ghi cả hai.'),
      err(S, 3, 'Mã cán bộ', 'Thiếu mã cán bộ hoặc tập thể (ghi một trong hai).'),
      err(S, 4, 'Danh hiệu/Hình thức', '“Lao động tiên tiến” là danh hiệu cá nhân: ghi mã cán bộ, không ghi tập thể.'),
      err(S, 5, 'Danh hiệu/Hình thức', '“Tập thể lao động tiên tiến” là danh hiệu tập thể: ghi ở cột Tập thể, không ghi mã cán bộ.'),
      err(S, 6, 'Số quyết định', 'Thiếu số quyết định.'),
      err(
        S,
        6,
        'Ngày quyết định',
        'Ngày quyết định “31/02/2024” không hợp lệ. Ngày này không có trên lịch (ví dụ 31/02 hay 30/02): vui lòng kiểm tra lại ngày và tháng.',
      ),
      err(S, 7, 'Danh hiệu/Hình thức', expect.stringMatching(/^Danh hiệu\/Hình thức “Danh hiệu lạ” không hợp lệ: ghi một trong Lao động tiên tiến, /)),
      err(S, 7, 'Ngày quyết định', 'Ngày quyết định “01/01/1899” không hợp lệ. Năm phải từ 1900 đến 2200 (ngày từ 01/01/1900 đến 31/12/2200).'),
    ]);
    // A collective's Bằng khen is fine, and the directory's spelling of the collective is returned.
    expect(result.content.awards).toEqual([
      {
        staffCode: null,
        collectiveName: 'Tổ khối 1',
        year: 2023,
        code: 'BK_UBND_TP',
        decisionNumber: '7/QĐ',
        decisionDate: '2024-06-30',
        issuer: 'UBND TP',
      },
    ]);
  });

  it('checks discipline forms, open proceedings, research and collectives, and repeated rows', async () => {
    const buffer = await historyWorkbook({
      'Kỷ luật': [['GV001', '2022-2023', 'Đình chỉ', '10/10/2022']],
      'Đang xem xét kỷ luật': [
        ['GV002', 'Điều tra', '01/03/2024', '01/02/2024'],
        ['GV003', 'Thanh tra', null, null],
      ],
      'Đề tài nghiên cứu': [
        ['GV004', '2022-2023', 'Đề tài A', 'Không', 'Có'],
        ['GV004', '2022-2023', 'Đề tài B', null, null],
      ],
      'Tập thể': [
        ['Tổ khối 1', '2022-2023', 'HTTNV'],
        ['to khoi 1', '2022-23', 'HTXSNV'],
      ],
    });
    const result = await parseHistoryWorkbook(buffer, ctx);
    expect(result.errors).toEqual([
      err('Kỷ luật', 2, 'Hình thức kỷ luật', 'Hình thức kỷ luật “Đình chỉ” không hợp lệ: ghi một trong Khiển trách, Cảnh cáo, Cách chức, Buộc thôi việc.'),
      err('Đang xem xét kỷ luật', 2, 'Đến ngày', 'Đến ngày phải sau hoặc bằng Từ ngày.'),
      err('Đang xem xét kỷ luật', 3, 'Loại xem xét', 'Loại xem xét “Thanh tra” không hợp lệ: ghi một trong Kỷ luật, Điều tra.'),
      err('Đang xem xét kỷ luật', 3, 'Từ ngày', 'Thiếu từ ngày.'),
      err('Đề tài nghiên cứu', 2, 'Đã áp dụng', 'Đề tài chưa nghiệm thu thì chưa thể ghi là đã áp dụng.'),
      err('Đề tài nghiên cứu', 3, 'Đã nghiệm thu', 'Thiếu đã nghiệm thu.'),
      err('Tập thể', 3, 'Tập thể', 'Trùng với dòng 2.'),
    ]);
    expect(result.counts).toEqual({ staffYears: 0, awards: 0, disciplines: 0, pending: 0, initiatives: 0, research: 0, collectiveYears: 1, coverage: 0 });
  });

  it('reports a required column missing from a sheet once, at its header row', async () => {
    const headers = { 'Kỷ luật': ['Mã cán bộ', 'Năm học', 'Ngày quyết định'] };
    const result = await parseHistoryWorkbook(
      await historyWorkbook(
        {
          'Kỷ luật': [
            ['GV001', '2022-2023', '10/10/2022'],
            ['GV002', '2022-2023', '11/10/2022'],
          ],
        },
        headers,
      ),
      ctx,
    );
    expect(result.errors).toEqual([err('Kỷ luật', 1, 'Hình thức kỷ luật', 'Thiếu cột “Hình thức kỷ luật” nên chưa đọc được dòng nào của “Kỷ luật”.')]);
  });

  it('rejects shares over 100%, a repeated author, conflicting levels and a missing share of a co-author', async () => {
    const S = 'Sáng kiến';
    const buffer = await historyWorkbook({
      [S]: [
        ['2023-2024', 'Sáng kiến X', 'Cơ sở', null, null, 'GV001', 70],
        ['2023-2024', 'Sáng kiến X', 'Cơ sở', null, null, 'GV002', 40],
        ['2023-2024', 'Sáng kiến Y', 'Cơ sở', null, null, 'GV001', 50],
        ['2023-2024', 'Sáng kiến Y', 'Thành phố', null, null, 'GV001', 50],
        ['2023-2024', 'Sáng kiến Z', 'Cơ sở', null, null, 'GV001', 50],
        ['2023-2024', 'Sáng kiến Z', 'Cơ sở', null, null, 'GV002', null],
        ['2023-2024', 'Sáng kiến W', 'Cơ sở', null, null, 'GV003', 101],
      ],
    });
    const result = await parseHistoryWorkbook(buffer, ctx);
    expect(result.errors).toEqual([
      err(S, 3, 'Tỉ lệ đóng góp (%)', 'Tổng tỉ lệ đóng góp của sáng kiến “Sáng kiến X” là 110%, vượt quá 100%.'),
      err(S, 5, 'Cấp công nhận', 'Cấp công nhận khác với dòng 4 của cùng sáng kiến.'),
      err(S, 5, 'Mã tác giả', 'Tác giả “GV001” đã có ở dòng 4 của cùng sáng kiến.'),
      err(S, 7, 'Tỉ lệ đóng góp (%)', 'Sáng kiến có nhiều tác giả: ghi tỉ lệ đóng góp của từng người.'),
      err(S, 8, 'Tỉ lệ đóng góp (%)', 'Tỉ lệ đóng góp phải là số từ 0 đến 100 (đang là “101”).'),
    ]);
    expect(result.content.initiatives).toEqual([]);
  });
});
