// What counts as the same record twice in one file, per record type. A repeated row is an error on the later
// row naming the first, so the secretary can delete one copy. Keys are built only from values that were read
// without error (placeholders are '' or 0).
import type { AwardCode } from '../../../domain/rules/facts.ts';
import type {
  HistoryAward,
  HistoryCollectiveYear,
  HistoryCoverage,
  HistoryDiscipline,
  HistoryPending,
  HistoryResearch,
  HistoryStaffYear,
} from '../historyTypes.ts';
import { COLLECTIVE_ONLY_AWARDS, INDIVIDUAL_ONLY_AWARDS } from './historyChoices.ts';
import { H } from './historyColumns.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import { formatSchoolYear } from './parseSchoolYear.ts';

/** How to recognise a repeated record: its key (null: not comparable), the column to flag and the message. */
export interface DuplicateRule<T> {
  key(record: T): string | null;
  column: string;
  message(record: T, firstRow: number): string;
}

const join = (...parts: Array<string | number | null>) => (parts.some((p) => p === '' || p === 0 || p === null) ? null : parts.join('|'));
const fold = (text: string) => text.toLocaleLowerCase('vi');
/** Titles (danh hiệu) are awarded at most once a year; forms (bằng khen, giấy khen…) may repeat with other decisions. */
const yearlyTitle = (code: AwardCode) => INDIVIDUAL_ONLY_AWARDS.has(code) || COLLECTIVE_ONLY_AWARDS.has(code);
const same = (firstRow: number) => M.duplicate(firstRow);

export const staffYearDuplicates: DuplicateRule<HistoryStaffYear> = {
  key: (r) => join(r.staffCode, r.year),
  column: H.staffCode,
  message: (r, firstRow) => M.staffYearDuplicate(r.staffCode, formatSchoolYear(r.year), firstRow),
};

export const awardDuplicates: DuplicateRule<HistoryAward> = {
  key: (r) => {
    const holder = r.staffCode ? `s:${r.staffCode}` : r.collectiveName ? `c:${r.collectiveName}` : null;
    return join(holder, r.year, r.code, yearlyTitle(r.code) ? '*' : fold(r.decisionNumber));
  },
  column: H.award,
  message: (_r, firstRow) => same(firstRow),
};

export const disciplineDuplicates: DuplicateRule<HistoryDiscipline> = {
  key: (r) => join(r.staffCode, r.year, r.level, r.date),
  column: H.disciplineLevel,
  message: (_r, firstRow) => same(firstRow),
};

export const pendingDuplicates: DuplicateRule<HistoryPending> = {
  key: (r) => join(r.staffCode, r.kind, r.from),
  column: H.from,
  message: (_r, firstRow) => same(firstRow),
};

export const researchDuplicates: DuplicateRule<HistoryResearch> = {
  key: (r) => join(r.staffCode, r.year, fold(r.title)),
  column: H.researchTitle,
  message: (_r, firstRow) => same(firstRow),
};

export const collectiveYearDuplicates: DuplicateRule<HistoryCollectiveYear> = {
  key: (r) => join(r.collectiveName, r.year),
  column: H.collective,
  message: (_r, firstRow) => same(firstRow),
};

export const coverageDuplicates: DuplicateRule<HistoryCoverage> = {
  key: (r) => join(r.year),
  column: H.year,
  message: (_r, firstRow) => same(firstRow),
};
