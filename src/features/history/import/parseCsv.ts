// A small RFC 4180 reader: quoted fields may hold delimiters, line breaks and doubled quotes; records end with
// CRLF, LF or CR. The delimiter is guessed from the header line because Excel writes ";" instead of "," where
// the decimal separator is a comma, as in Vietnamese settings. Lenient where Excel is: a quote inside an
// unquoted field is kept as a character.

export interface CsvRecord {
  /** The line the record starts on, counting from 1 (a quoted line break makes a record span lines). */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; unclosedQuoteLine: number };

/** The most frequent of ",", ";" and tab outside quotes on the first line (comma when none). */
export function detectCsvDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let inQuotes = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** Splits CSV text (BOM already removed) into records of fields. */
export function parseCsv(text: string, delimiter = detectCsvDelimiter(text)): CsvParse {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0; // the line where the open quoted field started; 0 when not inside quotes
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoteLine > 0) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoteLine = 0;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoteLine = line;
      i++;
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (quoteLine > 0) return { ok: false, unclosedQuoteLine: quoteLine };
  // A last line without a line break still counts.
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}
