// A "Sáng kiến" sheet has one row per author; rows with the same school year and title (case and spacing aside)
// are one initiative. Its level, grade and date must agree across rows, each author appears once, and the shares
// add up to at most 100%. An initiative is kept only when every one of its rows is valid, so a half-corrected
// initiative is never imported with some authors missing.
import type { InitiativeLevel } from '../../../domain/rules/facts.ts';
import type { HistoryInitiative, HistoryRowError } from '../historyTypes.ts';
import { H } from './historyColumns.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';

/** One author's row as parseInitiativeRow read it, with the errors found in the row itself. */
export interface InitiativeRow {
  sheet: string;
  row: number;
  errors: HistoryRowError[];
  year: number; // 0 when invalid
  title: string; // '' when missing
  level: InitiativeLevel | null;
  grade: string | null;
  recognisedOn: string | null;
  staffCode: string; // '' when invalid
  sharePct: number | null; // null when empty or invalid
}

const groupKey = (r: InitiativeRow) => `${r.year}|${r.title.toLocaleLowerCase('vi')}`;

/** Groups author rows into initiatives; returns the valid ones and the errors that involve several rows. */
export function mergeInitiatives(rows: InitiativeRow[]): { initiatives: HistoryInitiative[]; errors: HistoryRowError[] } {
  const groups = new Map<string, InitiativeRow[]>();
  for (const r of rows) {
    if (r.year === 0 || r.title === '') continue; // cannot be grouped; its own errors say why
    const group = groups.get(groupKey(r));
    if (group) group.push(r);
    else groups.set(groupKey(r), [r]);
  }

  const initiatives: HistoryInitiative[] = [];
  const errors: HistoryRowError[] = [];
  for (const group of groups.values()) {
    const groupErrors: HistoryRowError[] = [];
    const fail = (r: InitiativeRow, column: string, message: string) => groupErrors.push({ sheet: r.sheet, row: r.row, column, message });
    // The first row giving a value sets it for the initiative; a later row may leave it empty or repeat it.
    const firstWith = new Map<string, InitiativeRow>();
    const agree = (r: InitiativeRow, column: string, value: string | null, pick: (x: InitiativeRow) => string | null) => {
      if (value === null) return;
      const first = firstWith.get(column);
      if (!first) firstWith.set(column, r);
      else if (pick(first) !== value) fail(r, column, M.initiativeConflict(column, first.row));
    };
    const authorRows = new Map<string, number>();
    for (const r of group) {
      agree(r, H.initiativeLevel, r.level, (x) => x.level);
      agree(r, H.grade, r.grade, (x) => x.grade);
      agree(r, H.recognisedOn, r.recognisedOn, (x) => x.recognisedOn);
      const firstRow = authorRows.get(r.staffCode);
      if (r.staffCode !== '' && firstRow !== undefined) fail(r, H.author, M.duplicateAuthor(r.staffCode, firstRow));
      else authorRows.set(r.staffCode, r.row);
      if (group.length > 1 && r.sharePct === null && r.errors.every((e) => e.column !== H.share)) fail(r, H.share, M.shareNeeded);
    }
    // A sole author's empty share is 100%. With a co-author's share missing or invalid the total means nothing.
    const shares = group.map((r) => r.sharePct ?? (group.length === 1 ? 100 : null));
    // Shares have at most two decimals; sum in hundredths so 33.33 + 33.33 + 33.34 is exactly 100.
    const total = shares.reduce<number>((sum, s) => sum + Math.round((s ?? 0) * 100), 0) / 100;
    const [first, last] = [group[0], group[group.length - 1]];
    if (first && last && !shares.includes(null) && total > 100) fail(last, H.share, M.sharesOver(first.title, total));

    errors.push(...groupErrors);
    if (!first || groupErrors.length > 0 || group.some((r) => r.errors.length > 0)) continue;
    initiatives.push({
      year: first.year,
      title: first.title,
      level: first.level ?? 'co_so', // every row has a valid level here: a missing one is a row error
      grade: firstWith.get(H.grade)?.grade ?? null,
      recognisedOn: firstWith.get(H.recognisedOn)?.recognisedOn ?? null,
      authors: group.map((r, i) => ({ staffCode: r.staffCode, sharePct: shares[i] ?? 100 })),
    });
  }
  return { initiatives, errors };
}
