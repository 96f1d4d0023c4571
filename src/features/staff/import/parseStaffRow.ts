// One sheet row → normalised staff data plus the problems found, cell by cell. A column missing from the
// file means "not given": the existing value is kept (or the default for a new person), whereas an empty
// cell in a present column clears an optional field.
import { cleanText, foldForSearch } from '../../../domain/text.ts';
import type { ContractType, Gender } from '../../../generated/prisma/enums.ts';
import { whyNotBirthDate } from '../../../domain/calendarDate.ts';
import { parseCellDate } from './parseCellDate.ts';
import { cellText, type PlainCellValue } from './readCellValue.ts';
import { CODE_MAX, CODE_PATTERN, headerKey, NAME_MAX, staffColumn, TEXT_MAX, type StaffColumnKey } from './staffColumns.ts';
import type { ExistingStaff, StaffImportContext, StaffImportData, StaffRowError } from './staffImportTypes.ts';
import { staffImportMessages as M } from './staffImportMessages.ts';

/** Cell values by column; a key is absent when the file has no such column. */
export type StaffRowCells = Partial<Record<StaffColumnKey, PlainCellValue>>;

export interface StaffRowLookup {
  existingByCode: Map<string, ExistingStaff>;
  findCollective: (name: string) => { id: string; name: string } | undefined;
  collectiveNameById: (id: string) => string | null;
  today: Date;
}

// Keys are folded with headerKey, so "nu", "NỮ" and "Nữ " all match.
const GENDERS = new Map<string, Gender>([
  ['nam', 'male'],
  ['nu', 'female'],
]);
const CONTRACTS = new Map<string, ContractType>([
  ['vien chuc', 'civil_servant'],
  ['hop dong', 'contract'],
  ['hop dong lao dong', 'contract'],
]);
const STATUSES = new Map<string, boolean>([
  ['dang cong tac', true],
  ['da nghi', false],
]);

/** Indexes the school's staff by code and its collectives by exact and by folded name. */
export function buildStaffRowLookup(ctx: StaffImportContext): StaffRowLookup {
  const exact = new Map(ctx.collectives.map((c) => [cleanText(c.name), c]));
  const folded = new Map<string, { id: string; name: string }>();
  // First wins, so two names that fold alike ("Tổ Anh" / "Tổ Ánh") still resolve by exact spelling above.
  for (const c of ctx.collectives) if (!folded.has(foldForSearch(c.name))) folded.set(foldForSearch(c.name), c);
  const byId = new Map(ctx.collectives.map((c) => [c.id, c.name]));
  return {
    existingByCode: new Map(ctx.existing.map((s) => [s.code, s])),
    findCollective: (name) => exact.get(name) ?? folded.get(foldForSearch(name)),
    collectiveNameById: (id) => byId.get(id) ?? null,
    today: ctx.today,
  };
}

/** Parses one row's cells into staff data; `errors` is empty when the row can be imported. */
export function parseStaffRow(
  cells: StaffRowCells,
  lookup: StaffRowLookup,
): { data: Partial<StaffImportData>; collectiveName: string | null; errors: StaffRowError[] } {
  const errors: StaffRowError[] = [];
  const fail = (key: StaffColumnKey, message: string) => errors.push({ column: staffColumn(key).header, message });
  const given = (key: StaffColumnKey) => key in cells;
  const text = (key: StaffColumnKey) => cellText(cells[key] ?? null);
  const data: Partial<StaffImportData> = {};

  const code = text('code');
  if (code === '') fail('code', M.codeMissing);
  else if (code.length > CODE_MAX) fail('code', M.codeTooLong);
  else if (!CODE_PATTERN.test(code)) fail('code', M.codeFormat(code));
  data.code = code;
  const existing = lookup.existingByCode.get(code);

  data.fullName = text('fullName');
  if (data.fullName === '') fail('fullName', M.nameMissing);
  else if (data.fullName.length > NAME_MAX) fail('fullName', M.nameTooLong);

  const gender = text('gender');
  data.gender = GENDERS.get(headerKey(gender));
  if (!data.gender) fail('gender', gender === '' ? M.required('Giới tính') : M.gender(gender));

  data.position = text('position');
  if (data.position === '') fail('position', M.required('Chức vụ'));
  else if (data.position.length > TEXT_MAX) fail('position', M.tooLong('Chức vụ'));

  for (const key of ['specialty', 'qualification'] as const) {
    const value = given(key) ? text(key) || null : (existing?.[key] ?? null);
    if (value !== null && value.length > TEXT_MAX) fail(key, M.tooLong(staffColumn(key).header));
    data[key] = value;
  }

  for (const key of ['birthDate', 'joinedSectorOn'] as const) {
    if (!given(key)) data[key] = existing?.[key] ?? null;
    else {
      const parsed = parseCellDate(cells[key] ?? null);
      const why = parsed.ok ? (key === 'birthDate' && parsed.value ? whyNotBirthDate(parsed.value, lookup.today) : null) : parsed.reason;
      if (why) fail(key, M.date(staffColumn(key).header, text(key), why));
      else if (parsed.ok) data[key] = parsed.value;
    }
  }

  const collectiveText = text('collective');
  let collectiveName: string | null = null;
  if (!given('collective')) {
    data.collectiveId = existing?.collectiveId ?? null;
    collectiveName = data.collectiveId ? lookup.collectiveNameById(data.collectiveId) : null;
  } else if (collectiveText === '') data.collectiveId = null;
  else {
    const collective = lookup.findCollective(collectiveText);
    if (collective) [data.collectiveId, collectiveName] = [collective.id, collective.name];
    else fail('collective', M.collective(collectiveText));
  }

  const contract = text('contractType');
  data.contractType = CONTRACTS.get(headerKey(contract));
  if (!data.contractType) fail('contractType', contract === '' ? M.required('Loại hợp đồng') : M.contract);

  // An empty status keeps the person's current status, so an update never silently re-activates a leaver.
  const status = text('active');
  if (status === '') data.active = existing?.active ?? true;
  else {
    data.active = STATUSES.get(headerKey(status));
    if (data.active === undefined) fail('active', M.active(status));
  }

  return { data, collectiveName, errors };
}
