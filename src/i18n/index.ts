// Message lookup and locale-aware date formatting. Dates are shown in Vietnam's time zone.
import { en } from './en.ts';
import { vi, type MessageKey } from './vi.ts';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** True when value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A translate function for one locale; {name} placeholders are replaced from params. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const template = catalogue[key] ?? vi[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : template;
  };
}

/**
 * A field error that carries its own figures, e.g. "form.tooLong|max=300": the message key, then the values the
 * message names. Field errors travel as strings (key or text); this keeps the limit with the key that states it.
 */
export function messageRef(key: MessageKey, params: Record<string, string | number>): string {
  return [key, ...Object.entries(params).map(([k, v]) => `${k}=${String(v)}`)].join('|');
}

/** The text of a message key, a message ref (see messageRef) or a plain text (shown as is, e.g. a policy's reason). */
export function messageText(t: Translate, keyOrText: string, params?: Record<string, string | number>): string {
  const [key = '', ...pairs] = keyOrText.split('|');
  if (!(key in vi)) return keyOrText;
  const own = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  return t(key as MessageKey, pairs.length ? { ...params, ...own } : params);
}

// Formatters with a time zone are costly to create: each is built once, on first use.
const formats = new Map<string, Intl.DateTimeFormat>();
function vietnamFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(name);
  if (!format) formats.set(name, (format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: TIME_ZONE })));
  return format;
}

function partsInVietnam(date: Date): { day: number; month: number; year: number } {
  const parts = vietnamFormat('dmy', { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { day: get('day'), month: get('month'), year: get('year') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy in Vietnam's time zone. */
export function formatDate(date: Date): string {
  const { day, month, year } = partsInVietnam(date);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/**
 * The date line of an administrative document (ND 30/2020, Phụ lục I): days below 10 and the months
 * January and February take a leading zero — "ngày 05 tháng 3 năm 2024", "ngày 12 tháng 02 năm 2025".
 */
export function formatLongDate(date: Date, locale: Locale = 'vi'): string {
  const { day, month, year } = partsInVietnam(date);
  if (locale === 'en') {
    return vietnamFormat('d-long-month-y', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  }
  return `ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : month} năm ${year}`;
}

/** dd/mm/yyyy HH:mm in Vietnam's time zone. */
export function formatDateTime(date: Date): string {
  const time = vietnamFormat('hm', { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return `${formatDate(date)} ${time}`;
}
