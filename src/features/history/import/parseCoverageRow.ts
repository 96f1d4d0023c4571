// Reads a "Năm học đã đủ dữ liệu" row: a school year and the record kinds whose records the file (with what the
// school already holds) has in full for it, e.g. "Xếp loại, Danh hiệu, Kỷ luật" or "Tất cả".
import { RECORD_KINDS, type RecordKind } from '../../../domain/rules/facts.ts';
import type { HistoryCoverage } from '../historyTypes.ts';
import { choiceKey, COVERAGE_KINDS } from './historyChoices.ts';
import { H } from './historyColumns.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import type { HistoryRowReader } from './historyRowReader.ts';

/** Parses the year and the list of kinds (separated by "," ";" or "+"); an unknown kind is a cell error. */
export function parseCoverageRow(r: HistoryRowReader): HistoryCoverage {
  const year = r.year(H.year);
  const typed = r.text(H.coveredKinds);
  if (typed === '') r.fail(H.coveredKinds, M.required(H.coveredKinds));
  const kinds = new Set<RecordKind>();
  for (const part of typed.split(/[,;+]/)) {
    const token = part.trim();
    if (token === '') continue;
    const kind = COVERAGE_KINDS.byKey.get(choiceKey(token));
    if (kind === undefined) r.fail(H.coveredKinds, M.choice(H.coveredKinds, token, COVERAGE_KINDS.labels));
    else if (kind === 'all') RECORD_KINDS.forEach((k) => kinds.add(k));
    else kinds.add(kind);
  }
  // The engine's order, so the preview and the audit row read the same way whatever the file's order.
  return { year, kinds: RECORD_KINDS.filter((k) => kinds.has(k)) };
}
