// A bordered table whose first row Word repeats on every page (tableHeader) and whose rows never split.
import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { TableBlock, TableColumn } from '../model.ts';
import { SIZE } from '../pageLayout.ts';
import { runs } from './docxStyle.ts';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(text: string, width: number, column: TableColumn | undefined, isHeader: boolean): TableCell {
  const alignment = isHeader ? AlignmentType.CENTER : ALIGN[column?.align ?? 'left'];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [new Paragraph({ alignment, spacing: { after: 0 }, children: runs(text, { size: SIZE.table, bold: isHeader }) })],
  });
}

/** The table block as a Word table spanning the text width. */
export function docxTable(table: TableBlock, textWidth: number): Table {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => Math.round((textWidth * c.width) / total));
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: widths.map((w, i) => cell(cells[i] ?? '', w, table.columns[i], isHeader)),
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(
        table.columns.map((c) => c.title),
        true,
      ),
      ...table.rows.map((cells) => row(cells, false)),
    ],
  });
}
