// The staff sheet layout shared by the blank template and the export, so an exported file can be edited and
// imported again without reformatting.
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { MAX_DATA_ROWS, STAFF_COLUMNS } from './staffColumns.ts';

export const STAFF_SHEET_NAME = 'Danh sách cán bộ';

// exceljs supports range-wide validations (one <dataValidation sqref="C2:C5001">) but its typings only expose the
// per-cell form, which would create thousands of cells in an otherwise empty template.
type RangeValidations = { dataValidations: { add(range: string, validation: DataValidation): void } };

function listValidation(formula: string, header: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: header,
    error: `Chọn một giá trị trong danh sách của cột “${header}”.`,
  };
}

/** Adds the "Danh sách cán bộ" sheet: headers, widths, frozen bold header row, date/text formats and dropdowns. */
export function addStaffSheet(workbook: Workbook, options: { collectiveListRef?: string } = {}): Worksheet {
  const sheet = workbook.addWorksheet(STAFF_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = STAFF_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: STAFF_COLUMNS.length } };

  const validations = (sheet as unknown as RangeValidations).dataValidations;
  STAFF_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    // Text format keeps codes such as "001" from losing their zeros; date columns show dd/mm/yyyy.
    if (c.key === 'code') column.numFmt = '@';
    if (c.key === 'birthDate' || c.key === 'joinedSectorOn') column.numFmt = 'dd/mm/yyyy';
    const range = `${column.letter}2:${column.letter}${MAX_DATA_ROWS + 1}`;
    if (c.choices) validations.add(range, listValidation(`"${c.choices.join(',')}"`, c.header));
    else if (c.key === 'collective' && options.collectiveListRef) validations.add(range, listValidation(options.collectiveListRef, c.header));
  });
  // exceljs styles the header cells from the column numFmt too; the header must stay plain text.
  header.eachCell((cell) => {
    cell.numFmt = 'General';
  });
  return sheet;
}
