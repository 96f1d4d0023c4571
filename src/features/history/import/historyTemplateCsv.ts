// The blank CSV template: only the header line, so it imports as empty. The BOM makes Excel open it as UTF-8
// (without it, Vietnamese headers show as mojibake); the parser strips it.
import { writeCsv } from '../../../documents/csvWriter.ts';
import { historyCsvHeaders } from './historyColumns.ts';

/** The CSV header line ("Loại bản ghi" then every column of every record type), with BOM and CRLF. */
export function historyTemplateCsv(): string {
  return writeCsv([historyCsvHeaders()]);
}
