// Audit rows → sentences a person reads: "Nguyễn Thúy Hà phê duyệt kế hoạch số 15/KH-HĐTĐKT", with the change as a
// list of labelled values. No action key, no UUID and no JSON reaches the page (issue 15 §6).
import type { MessageKey, Translate } from '../../i18n/index.ts';
import { vi } from '../../i18n/vi.ts';
import { formatDate } from '../../i18n/index.ts';

const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+Z?)?$/;
const MAX_VALUE = 160;
const MAX_ROWS = 12;

export interface AuditRow {
  at: Date;
  actorId: string | null;
  action: string;
  subject: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
}
export interface AuditLine {
  label: string;
  before: string | null;
  after: string;
}
export interface PresentedEvent {
  at: Date;
  sentence: string;
  details: AuditLine[];
}

const known = (key: string): key is MessageKey => key in vi;

/** The verb of an action: its own message, else the message of its last word, else a neutral "thay đổi". */
function verbOf(t: Translate, action: string): string {
  const own = `auditAction.${action}`;
  if (known(own)) return t(own);
  const last = `auditVerb.${action.split('.').pop() ?? ''}`;
  return known(last) ? t(last) : t('auditVerb.change');
}

function objectOf(t: Translate, e: AuditRow, name: string | undefined): string {
  const after = (e.after ?? {}) as Record<string, unknown>;
  if (e.subject === 'Plan' && typeof after.symbol === 'string') return t('auditObject.planNumbered', { name: after.symbol });
  const withName = `auditObject.${e.subject}`;
  const bare = `auditSubject.${e.subject}`;
  if (name && known(withName)) return t(withName, { name });
  if (known(bare)) return t(bare);
  return t('auditSubject.other');
}

function formatValue(t: Translate, value: unknown, names: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'auditValue.yes' : 'auditValue.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const iso = ISO_DAY.exec(value);
    if (iso) return formatDate(new Date(iso[4] ? value : `${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`));
    const status = `auditValue.${value}`;
    if (known(status)) return t(status);
    const text = value.replace(UUID_ANYWHERE, (id) => names.get(id.toLowerCase()) ?? t('auditValue.record'));
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => formatValue(t, v, names)).join(', ') || '—';
    return t('auditValue.items', { count: value.length });
  }
  return t('auditValue.items', { count: Object.keys(value).length });
}

function labelOf(t: Translate, key: string): string {
  for (const k of [`auditField.${key}`, `auditField.${key.replace(/Ids?$/, '')}`]) if (known(k)) return t(k);
  // An unlabelled field: its camelCase name spelt out ("copiedFrom" → "copied from"), never shown as code.
  return key
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** The change as labelled lines: each field of `after` (or of `before` when nothing came after), with the old value. */
function detailsOf(t: Translate, e: AuditRow, names: Map<string, string>): AuditLine[] {
  const objectOrEmpty = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const before = objectOrEmpty(e.before);
  const after = objectOrEmpty(e.after);
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => !/password|hash|token|secret/i.test(k));
  return keys.slice(0, MAX_ROWS).map((k) => ({
    label: labelOf(t, k),
    before: k in before && k in after ? formatValue(t, before[k], names) : null,
    after: formatValue(t, k in after ? after[k] : before[k], names),
  }));
}

/** Every UUID inside the rows' before/after values, so that the details can name what they point to. */
export function idsInDetails(rows: ReadonlyArray<Pick<AuditRow, 'before' | 'after'>>): Array<{ subject: string; subjectId: string }> {
  return rows.flatMap((r) =>
    [...JSON.stringify([r.before ?? null, r.after ?? null]).matchAll(UUID_ANYWHERE)].map((m) => ({ subject: '', subjectId: m[0].toLowerCase() })),
  );
}

/** One audit row as a sentence with its details; `names` maps `${subject}:${id}` and bare ids to names. */
export function presentAuditEvent(t: Translate, e: AuditRow, actors: Map<string, string>, names: Map<string, string>): PresentedEvent {
  const actor = e.actorId ? (actors.get(e.actorId) ?? t('audit.formerUser')) : t('audit.system');
  const object = objectOf(t, e, e.subjectId ? names.get(`${e.subject}:${e.subjectId}`) : undefined);
  const whole = `auditSentence.${e.action}`;
  const sentence = known(whole) ? t(whole, { actor, object }) : t('audit.sentence', { actor, verb: verbOf(t, e.action), object });
  return { at: e.at, sentence, details: detailsOf(t, e, names) };
}
