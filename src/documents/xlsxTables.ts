// The app's one Excel writer for tabular exports: per sheet a bold title, optional italic notes, a bold header row
// frozen under them, then the rows (numbers stay numbers, so the school can chart them in Excel).
import ExcelJS from 'exceljs';

export interface XlsxSheet {
  /** Tab name (Excel allows 31 characters and no []:*?/\). */
  name: string;
  title: string;
  notes?: readonly string[];
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Column widths in characters. */
  widths?: readonly number[];
}

/** An .xlsx with one worksheet per table. */
export async function tablesXlsx(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    ws.addRow([s.title]).font = { bold: true, size: 13 };
    for (const n of s.notes ?? []) ws.addRow([n]).font = { italic: true };
    ws.addRow([...s.header]).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 2 + (s.notes?.length ?? 0) }];
    for (const r of s.rows) ws.addRow([...r]);
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
