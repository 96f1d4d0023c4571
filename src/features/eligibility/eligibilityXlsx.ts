// The eligibility report as an Excel workbook.
import ExcelJS from 'exceljs';
import { REPORT_COLUMNS, VERDICT_LABELS, type EligibilityRow } from './eligibility.presenter.ts';

/** An .xlsx with one row per candidate × title and the report's columns; `notes` (the ratio-cap lines) under the title. */
export async function eligibilityXlsx(rows: EligibilityRow[], title: string, notes: readonly string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đủ điều kiện');
  ws.addRow([title]).font = { bold: true, size: 13 };
  for (const n of notes) ws.addRow([n]).font = { italic: true };
  const header = ws.addRow(REPORT_COLUMNS.map(([, h]) => h));
  header.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 2 + notes.length }];
  for (const r of rows) ws.addRow(REPORT_COLUMNS.map(([k]) => (k === 'verdict' ? VERDICT_LABELS[r.verdict] : String(r[k]))));
  const widths = [10, 28, 16, 14, 18, 50, 60, 45, 40, 45, 45];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
