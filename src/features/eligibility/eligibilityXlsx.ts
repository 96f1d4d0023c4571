// The eligibility report as an Excel workbook (the app's tabular writer, src/documents/xlsxTables.ts).
import { tablesXlsx } from '../../documents/xlsxTables.ts';
import { REPORT_COLUMNS, VERDICT_LABELS, type EligibilityRow } from './eligibility.presenter.ts';

/** An .xlsx with one row per candidate × title and the report's columns; `notes` (the ratio-cap lines) under the title. */
export async function eligibilityXlsx(rows: EligibilityRow[], title: string, notes: readonly string[] = []): Promise<Buffer> {
  return tablesXlsx([
    {
      name: 'Đủ điều kiện',
      title,
      notes,
      header: REPORT_COLUMNS.map(([, h]) => h),
      rows: rows.map((r) => REPORT_COLUMNS.map(([k]) => (k === 'verdict' ? VERDICT_LABELS[r.verdict] : String(r[k])))),
      widths: [10, 28, 16, 14, 18, 50, 60, 45, 40, 45, 45],
    },
  ]);
}
