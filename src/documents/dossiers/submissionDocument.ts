// Tờ trình đề nghị khen thưởng (NĐ 152/2025 Phụ lục Mẫu số 01; under NĐ 98/2023 its own form) with the annexed
// list: STT, họ tên, chức vụ, đơn vị, danh hiệu/hình thức, ghi chú. Signed by the head of the school.
import type { DossierInput } from '../../domain/dossiers/dossierInput.ts';
import { yearLabel } from '../council/councilMeetingData.ts';
import type { Block, OfficialDocument } from '../model.ts';

/** The tờ trình of the dossier `d`; `form` is the rule set's form name, printed under the title. */
export function submissionDocument(d: DossierInput, form: string | null): OfficialDocument {
  const year = yearLabel(d.startYear);
  const titles = [...new Set(d.nominees.map((n) => n.titleName))];
  const meeting = d.meeting;
  const body: Block[] = [
    { kind: 'paragraph', text: `Kính gửi: ${d.receiver}.` },
    { kind: 'paragraph', text: 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 và các văn bản hướng dẫn thi hành;' },
    meeting
      ? {
          kind: 'paragraph',
          text: `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ${d.school.name} ngày ${meeting.date.day}/${meeting.date.month}/${meeting.date.year}${meeting.symbol ? ` (số ${meeting.symbol})` : ''} và kết quả bỏ phiếu kín;`,
        }
      : { kind: 'paragraph', text: 'Căn cứ thành tích đạt được của các cá nhân, tập thể;' },
    {
      kind: 'paragraph',
      text: `${d.school.name} kính đề nghị ${d.receiver} xem xét, khen thưởng thành tích năm học ${year} cho ${d.nominees.length} cá nhân, tập thể, cụ thể:`,
    },
    {
      kind: 'bullets',
      items: titles.map((t) => `${t}: ${d.nominees.filter((n) => n.titleName === t).length} trường hợp;`),
    },
    { kind: 'paragraph', text: '(Có danh sách và hồ sơ kèm theo.)' },
    { kind: 'paragraph', text: `Kính đề nghị ${d.receiver} xem xét, quyết định./.` },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, number: '', text: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG' },
    {
      kind: 'paragraph',
      text: `(Kèm theo Tờ trình${d.submissionSymbol ? ` số ${d.submissionSymbol}` : ''} ngày ${d.date.day}/${d.date.month}/${d.date.year} của ${d.school.name})`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 6, align: 'center' },
        { title: 'Họ và tên', width: 22 },
        { title: 'Chức vụ', width: 16 },
        { title: 'Đơn vị', width: 18 },
        { title: 'Danh hiệu / hình thức đề nghị', width: 20 },
        { title: 'Ghi chú', width: 14 },
      ],
      rows: d.nominees.map((n, i) => [String(i + 1), n.name, n.position, n.unit, n.titleName, n.note]),
    },
  ];
  return {
    header: {
      parentAgency: d.school.parentAgency,
      issuingAgency: d.school.name.toLocaleUpperCase('vi'),
      number: d.submissionSymbol,
      place: d.school.placeName,
      date: d.date,
    },
    typeName: 'TỜ TRÌNH',
    summary: `Về việc đề nghị khen thưởng năm học ${year}${form ? ` (${form})` : ''}`,
    body,
    signature: { title: d.school.headTitle, name: d.school.headName },
    recipients: [{ name: d.receiver, purpose: 'để xem xét' }, { name: 'Hội đồng Thi đua - Khen thưởng trường' }],
    archive: ['VT', 'HĐTĐKT'],
    draft: d.submissionSymbol === '',
    title: `Tờ trình đề nghị khen thưởng năm học ${year}`,
    author: d.school.name,
  };
}
