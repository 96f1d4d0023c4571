// One Vietnamese line per verdict for lists and reports, built on demand (not stored in every verdict).
// Nothing is hidden: a refusal lists every failed criterion and every unknown one; an eligible verdict says
// which alternative was met.
import type { Verdict } from './verdict.ts';

/** What a verdict rests on: failed criteria, unknown ones, and (when eligible) the alternatives met. */
export interface VerdictItems {
  failed: string[];
  unknown: string[];
  met: string[];
}

/** The explanation items of a verdict, the same for the screen, the summary line and the exports. */
export function verdictItems(v: Verdict): VerdictItems {
  const failed: string[] = [];
  const unknown: string[] = [];
  const met: string[] = [];
  for (const c of v.criteria) {
    if (c.status === 'fail') failed.push(c.explanation);
    else if (c.status === 'unknown') unknown.push(c.explanation);
    else if (c.kind === 'anyOf') met.push(c.explanation);
  }
  return { failed, unknown, met };
}

/** "Đủ điều kiện LĐTT năm học 2024-2025[: nhánh đạt]" / "Không đủ điều kiện …: <lý do>[; chưa xác định: …]" / "Thiếu dữ liệu để xét …: <thiếu gì>". */
export function verdictSummary(v: Verdict): string {
  const head = `${v.shortName} năm học ${v.yearLabel}`;
  const { failed, unknown, met } = verdictItems(v);
  if (v.status === 'eligible') return met.length ? `Đủ điều kiện ${head}: ${met.join('; ')}` : `Đủ điều kiện ${head}`;
  if (v.status === 'missing_data') return `Thiếu dữ liệu để xét ${head}: ${unknown.join('; ')}`;
  const open = unknown.length ? `; chưa xác định: ${unknown.join('; ')}` : '';
  return `Không đủ điều kiện ${head}: ${failed.join('; ')}${open}`;
}
