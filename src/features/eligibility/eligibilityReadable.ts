// What makes the eligibility report readable by a council member who is not a lawyer (issue 11 §10): the
// abbreviations of the field expanded on hover and in a legend, the verification marks [V]/[P]/[U] in words, and
// the "(chưa xác minh số điều)" caveat moved out of the basis column into a footnote mark.

/** Abbreviations the report's text uses, longest first so "CSTĐ TP" wins over "CSTĐ". */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['CSTĐ TP', 'Chiến sĩ thi đua cấp Thành phố'],
  ['CSTĐCS', 'Chiến sĩ thi đua cơ sở'],
  ['CSTĐ', 'Chiến sĩ thi đua'],
  ['TTLĐTT', 'Tập thể lao động tiên tiến'],
  ['TTLĐXS', 'Tập thể lao động xuất sắc'],
  ['LĐTT', 'Lao động tiên tiến'],
  ['HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ'],
  ['HTTNV', 'Hoàn thành tốt nhiệm vụ'],
  ['KHTNV', 'Không hoàn thành nhiệm vụ'],
  ['HTNV', 'Hoàn thành nhiệm vụ'],
  ['UBND', 'Ủy ban nhân dân'],
  ['NĐ', 'Nghị định'],
  ['TT', 'Thông tư'],
];

/** The verification marks of a legal basis, in words. */
export const CERTAINTY_WORDS = { V: 'eligibility.legendVerified', P: 'eligibility.legendPartial', U: 'eligibility.legendUnverified' } as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words only (Vietnamese letters count as letters), so "TT" inside "LĐTT" or "HTTNV" is left alone.
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${ABBREVIATIONS.map(([a]) => escapeRe(a)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const MEANING = new Map(ABBREVIATIONS);

/** HTML of `text` (escaped) with every known abbreviation in an <abbr title="…">. */
export function abbreviateHtml(text: string): string {
  return escapeHtml(text).replace(PATTERN, (a) => `<abbr title="${escapeHtml(MEANING.get(a)!)}">${a}</abbr>`);
}

/** The abbreviations that occur in `texts`, for the legend under the table. */
export function abbreviationsIn(texts: readonly string[]): Array<readonly [string, string]> {
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(PATTERN)) found.add(m[1]!);
  return ABBREVIATIONS.filter(([a]) => found.has(a));
}

const CAVEAT = /\s*\(chưa xác minh số điều\)/giu;

/** The basis column's text: the caveat becomes "*" (explained in the legend). */
export function basisForScreen(basis: string): { text: string; starred: boolean } {
  const text = basis.replace(CAVEAT, '*');
  return { text, starred: text !== basis };
}
