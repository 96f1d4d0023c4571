// The one CSV writer for every export. Spreadsheet programs (Excel, LibreOffice, Google Sheets) run a cell that
// begins with = + - @ as a formula, and a leading TAB or CR can hide such a start: a name typed by any staff member
// could otherwise become a live HYPERLINK() that leaks the sheet when the secretary opens the export (OWASP "CSV
// injection"). Such cells get a leading apostrophe, so the spreadsheet shows the text as typed and a reader of the
// raw file still recognises the value.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value that no spreadsheet will evaluate: text starting with = + - @ TAB or CR gets a leading '. */
export function neutraliseCsvFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, then quoted when it holds a quote, separator or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are written by us, never typed by a user: a negative number stays a number.
  const text = typeof value === 'number' ? String(value) : neutraliseCsvFormula(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: CRLF line ends, and a BOM (default) so Excel reads the Vietnamese text as UTF-8. */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, opts: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvField).join(',')).join('\r\n');
  return `${opts.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
