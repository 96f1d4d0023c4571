// The register as an official document (BẢNG TỔNG HỢP) and as an Excel workbook. Pure: data in, document out.
import ExcelJS from 'exceljs';
import type { OfficialDocument } from '../../documents/model.ts';
import type { loadRegistrationSummary } from './registrationSummary.ts';
import { councilHeader } from '../../documents/schoolHeader.ts';

type Summary = Awaited<ReturnType<typeof loadRegistrationSummary>>;
export type AwardNames = (code: string) => string;

/** The summary as a numbered document of the council, signed by the chair. */
export function summaryDocument(
  s: Summary,
  o: { names: AwardNames; school: { name: string; placeName: string }; symbol: string; date: { year: number; month: number; day: number }; chairName: string },
): OfficialDocument {
  const label = `${s.startYear}-${s.startYear + 1}`;
  const rows: string[][] = [];
  let n = 0;
  for (const g of s.groups) for (const r of g.rows) rows.push([String(++n), r.name, r.position, g.name, [...r.titles, ...r.forms].map(o.names).join('; ')]);
  const totals = Object.entries(s.totals).map(([code, count]) => `${o.names(code)}: ${count}`);
  return {
    header: councilHeader(o.school, o.symbol, o.date),
    typeName: 'BẢNG TỔNG HỢP',
    summary: `Đăng ký thi đua năm học ${label}`,
    body: [
      { kind: 'heading', level: 1, number: 'I.', text: 'CÁ NHÂN' },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 6, align: 'center' },
          { title: 'Họ và tên', width: 26 },
          { title: 'Chức vụ', width: 16 },
          { title: 'Tổ', width: 16 },
          { title: 'Danh hiệu, hình thức đăng ký', width: 36 },
        ],
        rows,
      },
      { kind: 'paragraph', text: `Tổng hợp: ${totals.join('; ') || 'chưa có đăng ký được duyệt'}.` },
      ...s.capWarnings.map((w) => ({
        kind: 'paragraph' as const,
        text: `Lưu ý: ${o.names(w.title)} đăng ký ${w.registered}, vượt tỉ lệ ${w.pct}% của ${w.basis} (tối đa ${w.max}).`,
      })),
      { kind: 'heading', level: 1, number: 'II.', text: 'TẬP THỂ' },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 6, align: 'center' },
          { title: 'Tập thể', width: 40 },
          { title: 'Danh hiệu, hình thức đăng ký', width: 54 },
        ],
        rows: s.collectiveRows.map((r, i) => [String(i + 1), r.name, [...r.titles, ...r.forms].map(o.names).join('; ')]),
      },
    ],
    signature: { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: o.chairName },
    recipients: [{ name: 'Hội đồng TĐKT cấp trên', purpose: 'để báo cáo' }],
    archive: ['VT'],
    title: `Bảng tổng hợp đăng ký thi đua năm học ${label}`,
    author: o.school.name,
  };
}

/** The summary as an .xlsx: one row per registrant (the format upper levels ask for: STT, name, position, unit, titles). */
export async function summaryXlsx(s: Summary, names: AwardNames): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đăng ký thi đua');
  ws.addRow([`Bảng tổng hợp đăng ký thi đua năm học ${s.startYear}-${s.startYear + 1}`]).font = { bold: true };
  ws.addRow(['STT', 'Họ và tên / Tập thể', 'Mã', 'Chức vụ', 'Đơn vị', 'Danh hiệu đăng ký', 'Hình thức khen thưởng đăng ký']).font = { bold: true };
  let n = 0;
  for (const g of s.groups)
    for (const r of g.rows) ws.addRow([++n, r.name, r.code, r.position, g.name, r.titles.map(names).join('; '), r.forms.map(names).join('; ')]);
  for (const r of s.collectiveRows)
    ws.addRow([++n, r.name, '', '', r.kind === 'school' ? 'Toàn trường' : 'Tập thể', r.titles.map(names).join('; '), r.forms.map(names).join('; ')]);
  [6, 30, 10, 18, 18, 40, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
