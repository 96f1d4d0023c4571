// Rows of the eligibility report (screen, CSV, XLSX, command line): one per candidate × title.
import { verdictItems, verdictSummary, type CriterionResult, type Verdict } from '../../domain/rules/index.ts';
import { writeCsv } from '../../documents/csvWriter.ts';
import type { YearEvaluation } from '../records/evaluateYear.ts';

export interface EligibilityRow {
  candidateId: string;
  subject: 'individual' | 'collective';
  code: string;
  name: string;
  collective: string;
  title: string;
  titleCode: string;
  verdict: Verdict['status'];
  /** Every failed criterion, as the summary says it. */
  failedCriteria: string;
  /** Every criterion that could not be judged, naming the missing fact. */
  unknownCriteria: string;
  /** For an eligible row: the alternative met (which branch of CSTĐCS). */
  metCriteria: string;
  explanation: string;
  legalBasis: string;
  authority: string;
}

const basisText = (c: CriterionResult) => `${c.basis.article}, ${c.basis.document} [${c.basis.certainty}]`;

/** Report rows, sorted by collective then code, titles in rule-set order. */
export function eligibilityRows(e: YearEvaluation): EligibilityRow[] {
  return e.verdicts.map((v) => {
    const person = e.staffNames.get(v.candidateId);
    const problems: CriterionResult[] = v.status === 'eligible' ? [] : v.criteria.filter((c) => c.status !== 'pass');
    const bases = [...new Set((problems.length ? problems : v.criteria).map(basisText))];
    const items = verdictItems(v);
    return {
      candidateId: v.candidateId,
      subject: v.subject,
      code: person?.code ?? '',
      name: person?.name ?? e.collectiveNames.get(v.candidateId) ?? v.candidateId,
      collective: person?.collectiveName ?? (v.subject === 'collective' ? (e.collectiveNames.get(v.candidateId) ?? '') : ''),
      title: v.shortName,
      titleCode: v.title,
      verdict: v.status,
      failedCriteria: items.failed.join('; '),
      unknownCriteria: items.unknown.join('; '),
      metCriteria: v.status === 'eligible' ? items.met.join('; ') : '',
      explanation: verdictSummary(v),
      legalBasis: bases.join('; '),
      authority: v.authority ? `${v.authority.decides}; nơi nhận: ${v.authority.receives}` : '',
    };
  });
}

export const REPORT_COLUMNS: Array<[keyof EligibilityRow, string]> = [
  ['code', 'Mã'],
  ['name', 'Họ và tên / Tập thể'],
  ['collective', 'Tổ'],
  ['title', 'Danh hiệu'],
  ['verdict', 'Kết quả'],
  ['failedCriteria', 'Tiêu chí chưa đạt'],
  ['explanation', 'Giải thích'],
  ['legalBasis', 'Căn cứ pháp lý'],
  ['authority', 'Thẩm quyền quyết định; nơi nhận hồ sơ'],
  ['unknownCriteria', 'Chưa xác định (thiếu dữ liệu)'],
  ['metCriteria', 'Đạt theo tiêu chí'],
];

export const VERDICT_LABELS: Record<Verdict['status'], string> = {
  eligible: 'Đủ điều kiện',
  not_eligible: 'Không đủ điều kiện',
  missing_data: 'Thiếu dữ liệu',
};

/** The report as CSV (UTF-8 with BOM so Excel shows Vietnamese correctly), every cell safe from formula injection;
 * `notes` (the ratio-cap lines) follow the rows after a blank line, first cell "Ghi chú". */
export function eligibilityCsv(rows: EligibilityRow[], opts: { bom?: boolean; notes?: readonly string[] } = {}): string {
  const header = REPORT_COLUMNS.map(([, h]) => h);
  const body = rows.map((r) => REPORT_COLUMNS.map(([k]) => (k === 'verdict' ? VERDICT_LABELS[r.verdict] : String(r[k]))));
  const notes = (opts.notes ?? []).map((n) => ['Ghi chú', n]);
  return writeCsv([header, ...body, ...(notes.length ? [[], ...notes] : [])], opts);
}
