// One Vietnamese line per verdict for lists and reports, built on demand (not stored in every verdict).
import type { Verdict } from './verdict.ts';

/** "Đủ điều kiện LĐTT năm học 2024-2025" / "Không đủ điều kiện …: <lý do>" / "Thiếu dữ liệu để xét …: <thiếu gì>". */
export function verdictSummary(v: Verdict): string {
  const head = `${v.shortName} năm học ${v.yearLabel}`;
  if (v.status === 'eligible') return `Đủ điều kiện ${head}`;
  const wanted = v.status === 'not_eligible' ? 'fail' : 'unknown';
  const reasons = v.criteria
    .filter((c) => c.status === wanted)
    .map((c) => c.explanation)
    .join('; ');
  return v.status === 'not_eligible' ? `Không đủ điều kiện ${head}: ${reasons}` : `Thiếu dữ liệu để xét ${head}: ${reasons}`;
}
