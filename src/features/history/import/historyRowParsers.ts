// One parser per record type: a row's cells → the record of historyTypes.ts. Errors go to the reader; a record
// read from a row with errors holds placeholders and is dropped by the caller.
import type { HistoryAward, HistoryCollectiveYear, HistoryDiscipline, HistoryPending, HistoryResearch, HistoryStaffYear } from '../historyTypes.ts';
import {
  AWARD_NAMES,
  AWARDS,
  COLLECTIVE_ONLY_AWARDS,
  DISCIPLINE_LEVELS,
  INDIVIDUAL_ONLY_AWARDS,
  INITIATIVE_LEVELS,
  PENDING_KINDS,
  RATINGS,
} from './historyChoices.ts';
import { H, TEXT_LIMITS } from './historyColumns.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import type { HistoryRowReader } from './historyRowReader.ts';
import type { InitiativeRow } from './mergeInitiatives.ts';

/** What a blank cell of "Hồ sơ năm học" means (the import guide documents these). */
export const BLANK_DEFAULTS = { monthsWorked: 12, leaveDays: 0 } as const;

/** Reads a "Hồ sơ năm học" row. */
export function parseStaffYearRow(r: HistoryRowReader): HistoryStaffYear {
  return {
    staffCode: r.staffCode(H.staffCode),
    year: r.year(H.year),
    rating: r.choice(H.rating, RATINGS, false),
    // Documented defaults for blank cells (the guide says so): a full year worked, no leave, no maternity leave.
    monthsWorked: r.months(H.monthsWorked) ?? BLANK_DEFAULTS.monthsWorked,
    leaveDays: r.days(H.leaveDays) ?? BLANK_DEFAULTS.leaveDays,
    maternityLeaveDays: r.days(H.maternityLeaveDays) ?? 0,
    collectiveName: r.collective(H.team, false),
    // A blank is not "checked, none": only "Có" says the year's disciplines are the ones on the "Kỷ luật" sheet.
    // Years the school declares its discipline records complete for (coverage) need no per-row answer.
    disciplineChecked: r.yesNo(H.disciplineChecked, false) ?? false,
  };
}

/** Reads a "Danh hiệu, khen thưởng" row: exactly one holder, of the kind the title allows. */
export function parseAwardRow(r: HistoryRowReader): HistoryAward {
  const [staffTyped, collectiveTyped] = [r.text(H.staffCode), r.text(H.collective)];
  let staffCode: string | null = null;
  let collectiveName: string | null = null;
  if (staffTyped !== '' && collectiveTyped !== '') r.fail(H.collective, M.awardBothHolders);
  else if (staffTyped === '' && collectiveTyped === '') r.fail(H.staffCode, M.awardNoHolder);
  else if (staffTyped !== '') staffCode = r.staffCode(H.staffCode);
  else collectiveName = r.collective(H.collective, true);
  const year = r.year(H.year);
  const code = r.choice(H.award, AWARDS, true);
  // Checked only when exactly one holder is given: with both or neither, the holder error above says it all.
  const holder = (staffTyped === '') === (collectiveTyped === '') ? null : staffTyped !== '' ? 'staff' : 'collective';
  if (code && holder === 'staff' && COLLECTIVE_ONLY_AWARDS.has(code)) r.fail(H.award, M.collectiveOnlyAward(AWARD_NAMES[code]));
  if (code && holder === 'collective' && INDIVIDUAL_ONLY_AWARDS.has(code)) r.fail(H.award, M.individualOnlyAward(AWARD_NAMES[code]));
  return {
    staffCode,
    collectiveName,
    year,
    code: code ?? 'GIAY_KHEN', // placeholder: a row without a valid code has an error and is dropped
    decisionNumber: r.str(H.decisionNumber, true, TEXT_LIMITS.decisionNumber),
    decisionDate: r.date(H.decisionDate, true) ?? '',
    issuer: r.str(H.issuer, true, TEXT_LIMITS.issuer),
  };
}

/** Reads a "Kỷ luật" row. */
export function parseDisciplineRow(r: HistoryRowReader): HistoryDiscipline {
  return {
    staffCode: r.staffCode(H.staffCode),
    year: r.year(H.year),
    level: r.choice(H.disciplineLevel, DISCIPLINE_LEVELS, true) ?? 'khien_trach',
    date: r.date(H.decisionDate, true) ?? '',
  };
}

/** Reads a "Đang xem xét kỷ luật" row; an empty "Đến ngày" means still open. */
export function parsePendingRow(r: HistoryRowReader): HistoryPending {
  const staffCode = r.staffCode(H.staffCode);
  const kind = r.choice(H.pendingKind, PENDING_KINDS, true) ?? 'discipline';
  const from = r.date(H.from, true) ?? '';
  const to = r.date(H.to, false);
  // ISO dates compare correctly as strings.
  if (from !== '' && to !== null && to < from) r.fail(H.to, M.toBeforeFrom);
  return { staffCode, kind, from, to };
}

/** Reads one author's row of a "Sáng kiến"; mergeInitiatives groups the rows into initiatives. */
export function parseInitiativeRow(r: HistoryRowReader): Omit<InitiativeRow, 'sheet' | 'row' | 'errors'> {
  return {
    year: r.year(H.year),
    title: r.str(H.initiativeTitle, true, TEXT_LIMITS.title),
    level: r.choice(H.initiativeLevel, INITIATIVE_LEVELS, true),
    grade: r.str(H.grade, false, TEXT_LIMITS.grade) || null,
    recognisedOn: r.date(H.recognisedOn, false),
    staffCode: r.staffCode(H.author),
    sharePct: r.share(H.share),
  };
}

/** Reads a "Đề tài nghiên cứu" row. */
export function parseResearchRow(r: HistoryRowReader): HistoryResearch {
  const staffCode = r.staffCode(H.staffCode);
  const year = r.year(H.year);
  const title = r.str(H.researchTitle, true, TEXT_LIMITS.title);
  const accepted = r.yesNo(H.accepted, true);
  const applied = r.yesNo(H.applied, false);
  if (accepted === false && applied === true) r.fail(H.applied, M.appliedNotAccepted);
  return { staffCode, year, title, accepted: accepted ?? false, applied };
}

/** Reads a "Tập thể" row. */
export function parseCollectiveYearRow(r: HistoryRowReader): HistoryCollectiveYear {
  return {
    collectiveName: r.collective(H.collective, true) ?? '',
    year: r.year(H.year),
    rating: r.choice(H.rating, RATINGS, false),
  };
}
