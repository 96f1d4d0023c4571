import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter, parseCsv } from '../../../src/features/history/import/parseCsv.ts';

describe('reading CSV text (RFC 4180)', () => {
  it('guesses the delimiter from the header line, ignoring quoted text', () => {
    expect(detectCsvDelimiter('a;b;c\r\n1,2;3')).toBe(';');
    expect(detectCsvDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectCsvDelimiter('a\tb\n')).toBe('\t');
    expect(detectCsvDelimiter('a\n')).toBe(',');
  });

  it('splits records on CRLF, LF and CR, keeps empty fields and a last line without a break', () => {
    expect(parseCsv('a,b\r\n1,\n,2\r3,4')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', ''] },
        { line: 3, fields: ['', '2'] },
        { line: 4, fields: ['3', '4'] },
      ],
    });
  });

  it('reads quoted delimiters, line breaks and doubled quotes, numbering records by their first line', () => {
    const result = parseCsv('x;y\r\n"a;b";"c\r\nd ""e"""\r\nlast;"";\r\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['x', 'y'] },
        { line: 2, fields: ['a;b', 'c\r\nd "e"'] },
        { line: 4, fields: ['last', '', ''] },
      ],
    });
  });

  it('keeps a stray quote inside an unquoted field and reports an unclosed quote with its line', () => {
    expect(parseCsv('a,5" tall\n')).toEqual({ ok: true, records: [{ line: 1, fields: ['a', '5" tall'] }] });
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, unclosedQuoteLine: 2 });
  });
});
