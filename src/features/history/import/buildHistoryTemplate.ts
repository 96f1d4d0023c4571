// The blank history template: the "Hướng dẫn" sheet first (the format has seven sheets, so it opens on the
// explanation), then one empty sheet per record type with bold frozen headers, cell formats and dropdowns.
import ExcelJS, { type DataValidation } from 'exceljs';
import { DISCIPLINE_LEVELS, INITIATIVE_LEVELS, PENDING_KINDS, RATINGS, YES_NO } from './historyChoices.ts';
import { H, HISTORY_SHEETS } from './historyColumns.ts';
import { addHistoryGuideSheet } from './addHistoryGuideSheet.ts';

// exceljs supports range-wide validations (one <dataValidation sqref="C2:C10001">) but its typings only expose
// the per-cell form, which would create thousands of cells in an otherwise empty template.
type RangeValidations = { dataValidations: { add(range: string, validation: DataValidation): void } };

/**
 * Rows covered by dropdowns: 10 years of a 1,000-person school per sheet. Not the 50,000-row file cap:
 * exceljs expands every validation range into one entry per cell when it reads a workbook back, so each upload
 * of the template would pay for the whole range (about 1 s and 100 MB at 50,000 rows).
 */
const TEMPLATE_ROWS = 10_000;

const inline = (labels: readonly string[]) => `"${labels.join(',')}"`;

function listOf(formula: string, header: string): DataValidation {
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

function between(type: 'decimal' | 'whole', min: number, max: number, header: string): DataValidation {
  return {
    type,
    operator: 'between',
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: header,
    error: `“${header}” phải từ ${min} đến ${max}.`,
  };
}

/** Dropdowns and number checks by sheet and header; "Xếp loại" is a rating except on the initiatives sheet. */
function validationFor(sheet: string, header: string, awardListRef: string): DataValidation | undefined {
  if (header === H.rating && sheet !== 'Sáng kiến') return listOf(inline(RATINGS.labels), header);
  if (header === H.award) return listOf(awardListRef, header);
  if (header === H.disciplineLevel) return listOf(inline(DISCIPLINE_LEVELS.labels), header);
  if (header === H.pendingKind) return listOf(inline(PENDING_KINDS.labels), header);
  if (header === H.initiativeLevel) return listOf(inline(INITIATIVE_LEVELS.labels), header);
  if (header === H.disciplineChecked || header === H.accepted || header === H.applied) return listOf(inline(YES_NO.labels), header);
  if (header === H.monthsWorked) return between('decimal', 0, 12, header);
  if (header === H.leaveDays || header === H.maternityLeaveDays) return between('whole', 0, 366, header);
  if (header === H.share) return between('decimal', 0, 100, header);
  return undefined;
}

/** Builds the .xlsx template for importing past years' history; it parses back as empty, without errors. */
export async function buildHistoryTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const { awardListRef } = addHistoryGuideSheet(workbook);
  for (const spec of HISTORY_SHEETS) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({ header: c.header, width: c.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    const validations = (sheet as unknown as RangeValidations).dataValidations;
    spec.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      if (c.format === 'text') column.numFmt = '@';
      if (c.format === 'date') column.numFmt = 'dd/mm/yyyy';
      const validation = validationFor(spec.name, c.header, awardListRef);
      if (validation) validations.add(`${column.letter}2:${column.letter}${TEMPLATE_ROWS + 1}`, validation);
    });
    // exceljs styles the header cells from the column numFmt too; the header must stay plain text.
    header.eachCell((cell) => {
      cell.numFmt = 'General';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
