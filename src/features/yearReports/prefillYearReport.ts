// The first draft of a yearly report, written from the statistics and the movements' results (issue 15 §3). Pure:
// the caller loads the figures, the movements and the plan; the chair or the secretary then edits every section.
import { shortDate } from '../../documents/dateLine.ts';
import type { CalendarDate } from '../../documents/model.ts';
import { vi } from '../../i18n/vi.ts';
import type { Statistics } from '../statistics/loadStatistics.ts';
import type { YearReportContent } from './yearReportContent.ts';

const T = (key: string) => (vi as Record<string, string>)[key] ?? key;

export interface PrefillInput {
  startYear: number;
  schoolName: string;
  signerName: string;
  /** The statistics with `year` set to this school year (the year before is read from the same table). */
  stats: Statistics;
  movements: Array<{ name: string; launchLevel: string; status: string; resultsSummary: string | null; midtermSummary: string | null }>;
  /** The approved plan the report answers to, when there is one. */
  plan: { symbol: string; date: CalendarDate; title: string } | null;
}

/** "tăng 2 người" / "giảm 1 người" / "bằng" compared with the year before; "" without one. */
function compared(change: string): string {
  if (!change) return '';
  if (change === '0') return ', bằng năm học trước';
  return change.startsWith('+') ? `, tăng ${change.slice(1)} người so với năm học trước` : `, giảm ${change.slice(1)} người so với năm học trước`;
}

/** The figures table: [label, number, rate] rows of the school year. */
export function reportFigures(stats: Statistics): Array<[string, string, string]> {
  const r = stats.yearRow;
  if (!r) return [];
  const rows: Array<[string, string, string]> = [
    ['Cán bộ, giáo viên, nhân viên được đánh giá', String(r.staff), ''],
    ['Đạt danh hiệu Lao động tiên tiến', String(r.ldtt), r.ldttRate],
    ['Đạt danh hiệu Chiến sĩ thi đua cơ sở', String(r.cstdcs), r.cstdcsRate],
    ['Danh hiệu tập thể', String(r.collectiveTitles), ''],
    ['Sáng kiến được công nhận', String(r.initiatives), ''],
    ['Cá nhân được khen thưởng', String(r.commended), ''],
    ['Trong đó người lao động trực tiếp', String(r.frontLine), r.frontLineRate],
  ];
  for (const l of stats.levels.levels)
    if (l.total) rows.push([`Danh hiệu, khen thưởng ${T(`statistics.level.${l.level}`).replace(/^Cấp/, 'cấp')}`, String(l.total), '']);
  return rows;
}

/** The pre-filled draft. */
export function prefillYearReport(p: PrefillInput): YearReportContent {
  const year = `${p.startYear}-${p.startYear + 1}`;
  const r = p.stats.yearRow;
  const awards = r
    ? [
        `Năm học ${year}, toàn trường có ${r.staff} cán bộ, giáo viên, nhân viên được đánh giá; ${r.ldtt} người đạt danh hiệu Lao động tiên tiến (${r.ldttRate})${compared(r.ldttChange)}; ${r.cstdcs} người đạt danh hiệu Chiến sĩ thi đua cơ sở (${r.cstdcsRate})${compared(r.cstdcsChange)}.`,
        `Danh hiệu tập thể: ${r.collectiveTitles}; sáng kiến được công nhận: ${r.initiatives}.`,
        `Tổng số cá nhân được khen thưởng: ${r.commended}, trong đó ${r.frontLine} người lao động trực tiếp (giáo viên, nhân viên không giữ chức vụ quản lý), đạt ${r.frontLineRate}.`,
        ...p.stats.levels.levels
          .filter((l) => l.total)
          .map((l) => `- ${T(`statistics.level.${l.level}`)}: ${l.titles} danh hiệu, ${l.forms} hình thức khen thưởng.`),
      ].join('\n')
    : `Chưa có số liệu khen thưởng của năm học ${year}.`;
  const movements = p.movements.length
    ? p.movements
        .map((m) => {
          const result = m.resultsSummary?.trim() || m.midtermSummary?.trim() || `${T(`movementStatus.${m.status}`)}, chưa có kết quả tổng kết.`;
          return `- Phong trào "${m.name}" (phát động: ${T(`launchLevel.${m.launchLevel}`)}): ${result}`;
        })
        .join('\n')
    : 'Chưa có phong trào thi đua nào được ghi nhận trong năm học.';
  const preamble = p.plan
    ? `Thực hiện ${p.plan.title} (số ${p.plan.symbol} ngày ${shortDate(p.plan.date)}), ${p.schoolName} báo cáo tổng kết công tác thi đua, khen thưởng năm học ${year} như sau:`
    : `${p.schoolName} báo cáo tổng kết công tác thi đua, khen thưởng năm học ${year} như sau:`;
  return {
    version: 1,
    preamble,
    sections: {
      situation: '',
      direction: '',
      movements,
      awards,
      exemplars: '',
      strengths: '',
      weaknesses: '',
      nextYear: '',
      proposals: '',
    },
    figures: reportFigures(p.stats),
    signerName: p.signerName,
    recipients: 'Hội đồng Thi đua - Khen thưởng cấp trên: để báo cáo\nHội đồng Thi đua - Khen thưởng trường: để biết\nLưu: VT, TĐKT',
  };
}
