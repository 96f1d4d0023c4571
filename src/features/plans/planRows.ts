// "Căn cứ" and anniversaries edited as rows of fields (issue 15 §7), no "|" syntax: the form sends flat names
// ("basedOn.0.date"), each row is checked on its own and a refusal is attached to the exact field, so the page can
// show it beside that field and keep every typed value.
import { dateMessageKey, isoOfCalendarDate, parseCalendarDate } from '../../domain/calendarDate.ts';
import { cleanText } from '../../domain/text.ts';
import type { Anniversaries, BasedOn } from './planContent.ts';

/** At most this many rows in each list. */
export const MAX_PLAN_ROWS = 60;
/** Empty rows the form offers after the filled ones. */
export const BLANK_ROWS = 2;

const LIMITS = { number: 100, date: 20, issuer: 300, title: 500, name: 300, since: 20 } as const;
type Field = keyof typeof LIMITS;

export interface FormRow {
  index: number;
  values: Record<string, string>;
  remove: boolean;
}

/** The rows of `group` in a flat form body, ordered by their index; unknown names are ignored. */
export function formRows(body: Record<string, unknown>, group: string, fields: readonly Field[]): FormRow[] {
  const rows = new Map<number, FormRow>();
  const name = new RegExp(`^${group}\\.(\\d{1,3})\\.(${[...fields, 'remove'].join('|')})$`);
  for (const [key, value] of Object.entries(body)) {
    const m = name.exec(key);
    if (!m || typeof value !== 'string') continue;
    const index = Number(m[1]);
    const row = rows.get(index) ?? { index, values: Object.fromEntries(fields.map((f) => [f, ''])), remove: false };
    if (m[2] === 'remove') row.remove = value === 'yes';
    else row.values[m[2]!] = value;
    rows.set(index, row);
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

export type RowErrors = Record<string, { key: string; params?: Record<string, string | number> }>;

function checkDate(text: string, field: string, errors: RowErrors, required: string | null): string | null {
  const t = text.trim();
  if (!t) {
    if (required) errors[field] = { key: required };
    return null;
  }
  const parsed = parseCalendarDate(t);
  if (!parsed.ok) {
    errors[field] = { key: dateMessageKey(parsed.reason) };
    return null;
  }
  return isoOfCalendarDate(parsed.value);
}

function checkLengths(row: FormRow, group: string, errors: RowErrors) {
  for (const [f, v] of Object.entries(row.values)) {
    const max = LIMITS[f as Field];
    if (max && v.length > max) errors[`${group}.${row.index}.${f}`] = { key: 'plans.rows.tooLong', params: { max } };
  }
}

const kept = (rows: FormRow[]) => rows.filter((r) => !r.remove && Object.values(r.values).some((v) => v.trim() !== ''));

/** The căn cứ rows: a title is required once any field of the row is filled; the date is optional but valid. */
export function parseBasedOnRows(body: Record<string, unknown>): { entries: BasedOn; errors: RowErrors } {
  const errors: RowErrors = {};
  const rows = kept(formRows(body, 'basedOn', ['number', 'date', 'issuer', 'title']));
  if (rows.length > MAX_PLAN_ROWS) errors['basedOn'] = { key: 'plans.rows.tooMany', params: { max: MAX_PLAN_ROWS } };
  const entries = rows.map((r) => {
    checkLengths(r, 'basedOn', errors);
    const title = cleanText(r.values.title ?? '');
    if (!title) errors[`basedOn.${r.index}.title`] = { key: 'plans.rows.titleRequired' };
    const date = checkDate(r.values.date ?? '', `basedOn.${r.index}.date`, errors, null);
    return { number: cleanText(r.values.number ?? '') || null, date, issuer: cleanText(r.values.issuer ?? '') || null, title };
  });
  return { entries, errors };
}

/** The anniversary rows: a name and a valid date are required; the original date is optional but valid. */
export function parseAnniversaryRows(body: Record<string, unknown>): { entries: Anniversaries; errors: RowErrors } {
  const errors: RowErrors = {};
  const rows = kept(formRows(body, 'anniversaries', ['name', 'date', 'since']));
  if (rows.length > MAX_PLAN_ROWS) errors['anniversaries'] = { key: 'plans.rows.tooMany', params: { max: MAX_PLAN_ROWS } };
  const entries = rows.map((r) => {
    checkLengths(r, 'anniversaries', errors);
    const name = cleanText(r.values.name ?? '');
    if (!name) errors[`anniversaries.${r.index}.name`] = { key: 'plans.rows.nameRequired' };
    const date = checkDate(r.values.date ?? '', `anniversaries.${r.index}.date`, errors, 'plans.rows.dateRequired');
    const since = checkDate(r.values.since ?? '', `anniversaries.${r.index}.since`, errors, null);
    const years = date && since ? Number(date.slice(0, 4)) - Number(since.slice(0, 4)) : null;
    return { name, date, since, years };
  });
  return { entries, errors };
}

const dmy = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

/** The rows a form shows for stored lists: each entry, then blank rows to add more. */
export function rowsOfPlan(basedOn: BasedOn, anniversaries: Anniversaries) {
  const blank = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
  return {
    basedOn: [
      ...basedOn.map((b) => ({ number: b.number ?? '', date: dmy(b.date), issuer: b.issuer ?? '', title: b.title })),
      ...blank(BLANK_ROWS, () => ({ number: '', date: '', issuer: '', title: '' })),
    ].map((values, index) => ({ index, values })),
    anniversaries: [
      ...anniversaries.map((a) => ({ name: a.name, date: dmy(a.date), since: dmy(a.since) })),
      ...blank(BLANK_ROWS, () => ({ name: '', date: '', since: '' })),
    ].map((values, index) => ({ index, values })),
  };
}

/** The rows a form shows again after a refusal: as typed (removed rows too, so nothing typed is lost), plus one blank. */
export function rowsOfForm(body: Record<string, unknown>) {
  const again = (group: string, fields: readonly Field[]) => {
    const rows = formRows(body, group, fields).map((r) => ({ index: r.index, values: r.values, remove: r.remove }));
    const next = rows.length ? Math.max(...rows.map((r) => r.index)) + 1 : 0;
    return [...rows, { index: next, values: Object.fromEntries(fields.map((f) => [f, ''])), remove: false }];
  };
  return { basedOn: again('basedOn', ['number', 'date', 'issuer', 'title']), anniversaries: again('anniversaries', ['name', 'date', 'since']) };
}
