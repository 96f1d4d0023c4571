// Vietnamese wording shared by the criteria: scales, levels, counts, dates and lists (NFC source text).
import { schoolYearLabel } from '../schoolYear.ts';
import type { DisciplineLevel, InitiativeLevel, Rating } from './facts.ts';

const yearLabels = new Map<number, string>();

/** schoolYearLabel, cached: the engine asks for the same few labels hundreds of thousands of times. */
export function yearLabel(startYear: number): string {
  let label = yearLabels.get(startYear);
  if (label === undefined) yearLabels.set(startYear, (label = schoolYearLabel(startYear)));
  return label;
}

export const RATING_ORDER: Readonly<Record<Rating, number>> = { KHTNV: 0, HTNV: 1, HTTNV: 2, HTXSNV: 3 };
export const DISCIPLINE_ORDER: Readonly<Record<DisciplineLevel, number>> = {
  khien_trach: 1,
  canh_cao: 2,
  cach_chuc: 3,
  buoc_thoi_viec: 4,
};
export const INITIATIVE_ORDER: Readonly<Record<InitiativeLevel, number>> = { co_so: 0, thanh_pho: 1, toan_quoc: 2 };

export const DISCIPLINE_LABEL: Readonly<Record<DisciplineLevel, string>> = {
  khien_trach: 'khiển trách',
  canh_cao: 'cảnh cáo',
  cach_chuc: 'cách chức',
  buoc_thoi_viec: 'buộc thôi việc',
};
export const INITIATIVE_LEVEL_LABEL: Readonly<Record<InitiativeLevel, string>> = {
  co_so: 'cấp cơ sở',
  thanh_pho: 'cấp Thành phố',
  toan_quoc: 'cấp toàn quốc',
};

/** "cấp cơ sở trở lên", or "cấp toàn quốc" for the top level. */
export function levelAtLeastLabel(level: InitiativeLevel): string {
  return level === 'toan_quoc' ? INITIATIVE_LEVEL_LABEL[level] : `${INITIATIVE_LEVEL_LABEL[level]} trở lên`;
}

/** "HTTNV trở lên", or "HTXSNV" for the top rating. */
export function ratingAtLeastLabel(rating: Rating): string {
  return rating === 'HTXSNV' ? rating : `${rating} trở lên`;
}

const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** 1 → "một", … 10 → "mười"; larger numbers as digits. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** "2025-03-12" → "12/03/2025". */
export function formatIsoDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** ["a"] → "a"; ["a","b","c"] → "a, b và c". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** Percentage for display with at most one decimal: 70, 66.7. */
export function pctText(part: number, whole: number): string {
  if (whole === 0) return '0';
  return String(Math.round((part * 1000) / whole) / 10).replace('.', ',');
}

/** 9.5 → "9,5" (Vietnamese decimal comma). */
export function numberVi(n: number): string {
  return String(n).replace('.', ',');
}
