// Thông báo kết quả cuộc thi (TB): the emulation council announces the results of a writing contest it ran (the
// seed plan's "tổng kết Cuộc thi 'Viết về gương điển hình tiên tiến, người tốt, việc tốt' cấp trường"). Issued by
// the council (ND 30/2020: the school above, the council in bold), signed "TM. HỘI ĐỒNG / CHỦ TỊCH" as the seed
// plan is; the ranked table is the one the contest page shows. Pure mapping to the model.
import type { Block, CalendarDate, OfficialDocument } from '../model.ts';
import { councilHeader } from '../schoolHeader.ts';

export interface ContestResultsRow {
  /** The author, with co-authors after a comma: "Trần Thị Lan, Vũ Thị Thu". */
  names: string;
  /** The author's tổ, or ''. */
  group: string;
  title: string;
  /** "92,5": the score as the notice prints it. */
  score: string;
  /** The prize in the "Giải" column: "Nhất", "Khuyến khích", or '' for none. */
  prize: string;
}

export interface ContestResultsNoticeData {
  school: { name: string; placeName: string };
  symbol: string;
  date: CalendarDate;
  contestTitle: string;
  /** "2024-2025". */
  year: string;
  /** Ranked: score, then prize, then the Vietnamese order of names. */
  rows: ContestResultsRow[];
  /** Prize counts in prize order, only those given: [{ name: 'giải Nhất', count: 1 }, …]. */
  prizes: Array<{ name: string; count: number }>;
  chairName: string;
}

/** "01": counts in official documents take a leading zero below ten, as the seed's "01 giải Nhất". */
const two = (n: number) => String(n).padStart(2, '0');

/** The notice as an official document of the school's emulation council. */
export function contestResultsNotice(d: ContestResultsNoticeData): OfficialDocument {
  const contest = `Cuộc thi “${d.contestTitle}” năm học ${d.year}`;
  const awarded = d.prizes.reduce((sum, p) => sum + p.count, 0);
  const prizeList = d.prizes.map((p) => `${two(p.count)} ${p.name}`);
  const prizeText = prizeList.length > 1 ? `${prizeList.slice(0, -1).join(', ')} và ${prizeList.at(-1)!}` : (prizeList[0] ?? '');
  const body: Block[] = [
    { kind: 'paragraph', text: `Căn cứ thể lệ ${contest} của ${d.school.name};` },
    { kind: 'paragraph', text: 'Căn cứ kết quả chấm bài dự thi của Hội đồng Thi đua - Khen thưởng nhà trường,' },
    { kind: 'paragraph', text: `Hội đồng Thi đua - Khen thưởng ${d.school.name} thông báo kết quả ${contest} như sau:` },
    { kind: 'heading', level: 2, number: '1.', text: 'Số bài dự thi và giải thưởng' },
    {
      kind: 'paragraph',
      text:
        `Cuộc thi có ${two(d.rows.length)} bài dự thi được chấm điểm. ` +
        (awarded > 0 ? `Có ${two(awarded)} bài đạt giải, gồm: ${prizeText}.` : 'Không có bài dự thi nào đạt giải.'),
    },
    { kind: 'heading', level: 2, number: '2.', text: 'Kết quả cụ thể' },
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 7, align: 'center' },
        { title: 'Họ và tên', width: 26 },
        { title: 'Tổ', width: 14 },
        { title: 'Tên bài viết', width: 29 },
        { title: 'Điểm', width: 9, align: 'center' },
        { title: 'Giải', width: 19, align: 'center' },
      ],
      rows: d.rows.map((r, i) => [String(i + 1), r.names, r.group, r.title, r.score, r.prize]),
    },
    { kind: 'spacer', points: 6 },
    {
      kind: 'paragraph',
      text: `Hội đồng Thi đua - Khen thưởng trân trọng cảm ơn cán bộ, giáo viên, nhân viên đã tích cực hưởng ứng ${contest}./.`,
    },
  ];
  return {
    header: councilHeader(d.school, d.symbol, d.date),
    typeName: 'THÔNG BÁO',
    summary: `Kết quả ${contest}`,
    body,
    signature: { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: d.chairName },
    recipients: [
      { name: 'Ban Giám hiệu', purpose: 'để báo cáo' },
      { name: 'Thành viên HĐTĐKT', purpose: 'để biết' },
      { name: 'CBGVNV nhà trường', purpose: 'để biết' },
    ],
    archive: ['VT', 'HĐTĐKT'],
    title: `Thông báo kết quả ${contest}`,
    author: d.school.name,
  };
}
