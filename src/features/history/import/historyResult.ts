// Small constructors for parse results, shared by the XLSX and CSV parsers.
import type { HistoryContent, HistoryParseResult } from '../historyTypes.ts';

/** A content with no records of any type. */
export function emptyHistoryContent(): HistoryContent {
  return { staffYears: [], awards: [], disciplines: [], pending: [], initiatives: [], research: [], collectiveYears: [], coverage: [] };
}

/** The number of records of each type. */
export function historyCounts(content: HistoryContent): HistoryParseResult['counts'] {
  return {
    staffYears: content.staffYears.length,
    awards: content.awards.length,
    disciplines: content.disciplines.length,
    pending: content.pending.length,
    initiatives: content.initiatives.length,
    research: content.research.length,
    collectiveYears: content.collectiveYears.length,
    coverage: content.coverage.length,
  };
}

/** The result for a file that cannot be used at all: the message, and nothing else. */
export function historyFileFailure(fileError: string): HistoryParseResult {
  const content = emptyHistoryContent();
  return { fileError, content, errors: [], counts: historyCounts(content) };
}

/** Every .xlsx (and .docx…) is a ZIP archive, which starts with the local file header "PK\x03\x04". */
export function looksLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

/** Excel 97–2003 .xls files are OLE compound documents. */
export function looksLikeOldExcel(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0;
}
