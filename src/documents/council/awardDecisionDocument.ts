// Quyết định khen thưởng of the school's head, where the rule set makes the school competent (e.g. Giấy khen of the
// principal): the legal basis, the council's proposal, the articles and the annexed list. Pure mapping.
import { shortDate } from '../dateLine.ts';
import { headDecision } from '../headDecision.ts';
import type { CalendarDate, OfficialDocument } from '../model.ts';

export interface AwardDecisionData {
  school: { name: string; governingBody: string; placeName: string };
  startYear: number;
  symbol: string;
  date: CalendarDate;
  meetingDate: CalendarDate;
  headName: string;
  /** Legal bases quoted in the "Căn cứ" lines (the authority of each decided title). */
  bases: string[];
  items: Array<{ name: string; title: string }>;
}

/** The decision as an official document of the school, signed by its head. */
export function awardDecisionDocument(d: AwardDecisionData): OfficialDocument {
  const year = `${d.startYear}-${d.startYear + 1}`;
  return headDecision({
    school: d.school,
    symbol: d.symbol,
    date: d.date,
    headTitle: 'Hiệu trưởng',
    headName: d.headName,
    bases: [...d.bases, `Biên bản họp Hội đồng Thi đua - Khen thưởng ngày ${shortDate(d.meetingDate)}`],
    proposal: 'Hội đồng Thi đua - Khen thưởng',
    articles: [
      `Khen thưởng ${d.items.length} cá nhân, tập thể đã có thành tích trong năm học ${year} (có danh sách kèm theo).`,
      'Các cá nhân, tập thể có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định hiện hành.',
      'Quyết định có hiệu lực kể từ ngày ký. Thư ký Hội đồng Thi đua - Khen thưởng và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
    summary: `Về việc khen thưởng năm học ${year}`,
    archive: ['VT', 'TĐKT'],
    annex: {
      title: 'DANH SÁCH KHEN THƯỞNG',
      table: {
        kind: 'table',
        columns: [
          { title: 'STT', width: 8, align: 'center' },
          { title: 'Họ và tên / Tập thể', width: 52 },
          { title: 'Danh hiệu, hình thức khen thưởng', width: 40 },
        ],
        rows: d.items.map((i, n) => [String(n + 1), i.name, i.title]),
      },
    },
  });
}
