// Biên bản họp Hội đồng sáng kiến: members present, recusals, each initiative's scores and the conclusions.
import type { Block, OfficialDocument } from '../model.ts';
import { authorsLine, points, yearLabel, type InitiativeCouncilDocData } from './initiativeDocumentData.ts';

/** The minutes of the initiative council's meeting, signed by its chair (the secretary records). */
export function initiativeMinutesDocument(d: InitiativeCouncilDocData): OfficialDocument {
  const year = yearLabel(d.startYear);
  const present = d.members.filter((m) => m.present);
  const absent = d.members.filter((m) => !m.present);
  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `Hôm nay, ngày ${d.date.day}/${d.date.month}/${d.date.year}, tại ${d.school.name}, Hội đồng sáng kiến năm học ${year} họp xét, đánh giá sáng kiến.`,
    },
    { kind: 'heading', level: 1, number: 'I.', text: 'THÀNH PHẦN' },
    { kind: 'paragraph', text: `Có mặt ${present.length}/${d.members.length} thành viên:` },
    { kind: 'bullets', items: present.map((m) => `${m.name} – ${m.position}`) },
    ...(absent.length ? [{ kind: 'paragraph' as const, text: `Vắng: ${absent.map((m) => m.name).join(', ')}.` }] : []),
    { kind: 'paragraph', text: `Chủ trì: ${d.chairName}. Thư ký: ${d.secretaryName}.` },
    { kind: 'heading', level: 1, number: 'II.', text: 'THÀNH VIÊN KHÔNG THAM GIA ĐÁNH GIÁ (XUNG ĐỘT LỢI ÍCH)' },
    d.recusals.length
      ? { kind: 'bullets', items: d.recusals.map((r) => `${r.name} không chấm sáng kiến “${r.initiative}”: ${r.reason}`) }
      : { kind: 'paragraph', text: 'Không có thành viên nào xin rút khỏi việc đánh giá. Tác giả không chấm sáng kiến của mình.' },
    { kind: 'heading', level: 1, number: 'III.', text: 'KẾT QUẢ CHẤM ĐIỂM' },
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 7, align: 'center' },
        { title: 'Tên sáng kiến', width: 30 },
        { title: 'Tác giả', width: 24 },
        { title: 'Điểm của người chấm', width: 22 },
        { title: 'Trung bình', width: 9, align: 'center' },
        { title: 'Xếp loại', width: 9, align: 'center' },
      ],
      rows: d.rows.map((r, n) => [
        String(n + 1),
        r.title,
        authorsLine(r.authors),
        r.scores.map((s) => `${s.reviewer}: ${points(s.total)}`).join('; '),
        points(r.mean),
        r.grade ? (d.gradeLabels[r.grade] ?? r.grade) : 'Không đạt',
      ]),
    },
    { kind: 'heading', level: 1, number: 'IV.', text: 'KẾT LUẬN' },
    {
      kind: 'paragraph',
      text: `Hội đồng thống nhất đề nghị ${d.recognisedBy} công nhận ${d.rows.filter((r) => r.grade).length} sáng kiến; ${d.rows.filter((r) => !r.grade).length} sáng kiến không đạt.`,
    },
    { kind: 'paragraph', text: `Biên bản lập xong, đã thông qua tại cuộc họp. Thư ký: ${d.secretaryName}.` },
  ];
  return {
    header: {
      parentAgency: d.school.name.toLocaleUpperCase('vi'),
      issuingAgency: 'HỘI ĐỒNG SÁNG KIẾN',
      number: d.symbol,
      place: d.school.placeName,
      date: d.date,
    },
    typeName: 'BIÊN BẢN',
    summary: `Họp Hội đồng sáng kiến năm học ${year}`,
    body,
    signature: { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: d.chairName },
    recipients: [{ name: 'Hiệu trưởng', purpose: 'để quyết định' }],
    archive: ['VT', 'HĐSK'],
    title: `Biên bản họp Hội đồng sáng kiến năm học ${year}`,
    author: d.school.name,
  };
}
