// The command line's way to declare complete years without a sheet: `--covers 2019-2020..2023-2024:ratings,titles`
// (one year or a range, then kinds by code or Vietnamese name, "all"/"Tất cả" for every kind). Pure.
import { RECORD_KINDS, type RecordKind } from '../../../domain/rules/facts.ts';
import type { HistoryCoverage } from '../historyTypes.ts';
import { choiceKey, COVERAGE_KINDS } from './historyChoices.ts';
import { parseSchoolYear } from './parseSchoolYear.ts';

const MAX_SPAN = 50;

/** The declared years of one --covers value, or a Vietnamese message saying what is wrong with it. */
export function parseCoversFlag(value: string): { ok: true; coverage: HistoryCoverage[] } | { ok: false; message: string } {
  const colon = value.lastIndexOf(':');
  const bad = (why: string) => ({ ok: false as const, message: `--covers “${value}”: ${why} Ví dụ: --covers 2019-2020..2023-2024:ratings,titles` });
  if (colon < 0) return bad('thiếu danh sách loại hồ sơ sau dấu “:”.');
  const [fromText, toText = fromText] = value.slice(0, colon).split('..');
  const from = parseSchoolYear(fromText ?? '');
  const to = parseSchoolYear(toText ?? '');
  if (from === null || to === null) return bad('năm học phải có dạng 2019-2020, khoảng năm dạng 2019-2020..2023-2024.');
  if (to < from || to - from > MAX_SPAN) return bad('năm cuối phải sau năm đầu.');
  const kinds = new Set<RecordKind>();
  for (const token of value
    .slice(colon + 1)
    .split(/[,;+]/)
    .map((t) => t.trim())
    .filter(Boolean)) {
    const kind = choiceKey(token) === 'all' ? 'all' : COVERAGE_KINDS.byKey.get(choiceKey(token));
    if (kind === undefined) return bad(`không có loại hồ sơ “${token}” (dùng ${RECORD_KINDS.join(', ')} hoặc all).`);
    for (const k of kind === 'all' ? RECORD_KINDS : [kind]) kinds.add(k);
  }
  if (!kinds.size) return bad('thiếu danh sách loại hồ sơ sau dấu “:”.');
  const list = RECORD_KINDS.filter((k) => kinds.has(k));
  return { ok: true, coverage: Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, kinds: [...list] })) };
}

/** Joins declarations year by year (a year named twice gets the union of its kinds), oldest first. */
export function mergeCoverage(...lists: HistoryCoverage[][]): HistoryCoverage[] {
  const byYear = new Map<number, Set<RecordKind>>();
  for (const c of lists.flat()) {
    const kinds = byYear.get(c.year) ?? new Set<RecordKind>();
    c.kinds.forEach((k) => kinds.add(k));
    byYear.set(c.year, kinds);
  }
  return [...byYear].sort(([a], [b]) => a - b).map(([year, kinds]) => ({ year, kinds: RECORD_KINDS.filter((k) => kinds.has(k)) }));
}
