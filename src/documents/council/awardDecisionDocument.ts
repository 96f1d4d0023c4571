// Quyết định khen thưởng of the school's head, where the rule set makes the school competent (e.g. Giấy khen of the
// principal): the legal basis, the council's proposal, the articles and the annexed list. Pure mapping.
import type { Block, CalendarDate, OfficialDocument } from '../model.ts';

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

const day = (d: CalendarDate) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

/** The decision as an official document of the school, signed by its head. */
export function awardDecisionDocument(d: AwardDecisionData): OfficialDocument {
  const year = `${d.startYear}-${d.startYear + 1}`;
  const body: Block[] = [
    { kind: 'paragraph', text: `HIỆU TRƯỞNG ${d.school.name.toLocaleUpperCase('vi')}` },
    ...d.bases.map((text): Block => ({ kind: 'paragraph', text: `Căn cứ ${text};` })),
    { kind: 'paragraph', text: `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày ${day(d.meetingDate)};` },
    { kind: 'paragraph', text: 'Xét đề nghị của Hội đồng Thi đua - Khen thưởng,' },
    { kind: 'heading', level: 1, number: 'QUYẾT ĐỊNH:', text: '' },
    {
      kind: 'paragraph',
      lead: 'Điều 1.',
      text: `Khen thưởng ${d.items.length} cá nhân, tập thể đã có thành tích trong năm học ${year} (có danh sách kèm theo).`,
    },
    { kind: 'paragraph', lead: 'Điều 2.', text: 'Các cá nhân, tập thể có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định hiện hành.' },
    {
      kind: 'paragraph',
      lead: 'Điều 3.',
      text: 'Quyết định có hiệu lực kể từ ngày ký. Thư ký Hội đồng Thi đua - Khen thưởng và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    },
  ];
  return {
    header: {
      parentAgency: d.school.governingBody,
      issuingAgency: d.school.name.toLocaleUpperCase('vi'),
      number: d.symbol,
      place: d.school.placeName,
      date: d.date,
    },
    typeName: 'QUYẾT ĐỊNH',
    summary: `Về việc khen thưởng năm học ${year}`,
    body,
    signature: { title: 'HIỆU TRƯỞNG', name: d.headName },
    recipients: [{ name: 'Như Điều 3' }, { name: 'Hội đồng Thi đua - Khen thưởng', purpose: 'để biết' }],
    archive: ['VT', 'TĐKT'],
    annexes: [
      {
        label: 'Phụ lục',
        title: 'DANH SÁCH KHEN THƯỞNG',
        reference: `(Kèm theo Quyết định số ${d.symbol} ngày ${day(d.date)} của Hiệu trưởng ${d.school.name})`,
        body: [
          {
            kind: 'table',
            columns: [
              { title: 'STT', width: 8, align: 'center' },
              { title: 'Họ và tên / Tập thể', width: 52 },
              { title: 'Danh hiệu, hình thức khen thưởng', width: 40 },
            ],
            rows: d.items.map((i, n) => [String(n + 1), i.name, i.title]),
          },
        ],
      },
    ],
  };
}
