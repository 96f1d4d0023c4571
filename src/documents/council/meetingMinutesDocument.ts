// Biên bản họp Hội đồng Thi đua - Khen thưởng (domain.md §3): time and place, chair and secretary, members present
// and absent with reasons, written opinions, agenda, vote-counting committee, each round's results with the
// percentage of total members, the conclusion; signed by the chair and the secretary.
import type { Block, OfficialDocument } from '../model.ts';
import { digestBlock, roundTable, yearLabel, type CouncilMeetingDocData } from './councilMeetingData.ts';
import { councilHeader } from '../schoolHeader.ts';

/** The minutes of the council meeting. */
export function meetingMinutesDocument(d: CouncilMeetingDocData): OfficialDocument {
  const year = yearLabel(d.startYear);
  const present = d.members.filter((m) => m.present);
  const absent = d.members.filter((m) => !m.present);
  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `Hôm nay, vào lúc ${d.time} ngày ${d.date.day}/${d.date.month}/${d.date.year}, tại ${d.place}, Hội đồng Thi đua - Khen thưởng ${d.school.name} họp xét thi đua, khen thưởng năm học ${year}.`,
    },
    { kind: 'heading', level: 1, number: 'I.', text: 'THÀNH PHẦN' },
    { kind: 'paragraph', text: `Chủ trì: ${d.chairName}. Thư ký: ${d.secretaryName}.` },
    { kind: 'paragraph', text: `Có mặt ${present.length}/${d.members.length} thành viên Hội đồng:` },
    { kind: 'bullets', items: present.map((m) => `${m.name} – ${m.role}`) },
    absent.length
      ? {
          kind: 'bullets',
          items: absent.map((m) => `Vắng: ${m.name} (${m.absenceReason ?? 'không rõ lý do'})${m.writtenOpinion ? ', có ý kiến bằng văn bản' : ''}`),
        }
      : { kind: 'paragraph', text: 'Vắng: không.' },
    { kind: 'heading', level: 1, number: 'II.', text: 'NỘI DUNG' },
    { kind: 'paragraph', text: d.agenda },
    { kind: 'paragraph', text: `Ban kiểm phiếu: ${d.counters.length ? d.counters.join(', ') : 'Thư ký Hội đồng'}.` },
    { kind: 'heading', level: 1, number: 'III.', text: 'KẾT QUẢ BỎ PHIẾU' },
  ];
  d.rounds.forEach((r, i) => {
    body.push(
      { kind: 'heading', level: 2, number: `${i + 1}.`, text: r.title },
      {
        kind: 'paragraph',
        text: `${r.mode}. Số phiếu phát ra: ${r.ballotsIssued}; số phiếu thu về: ${r.ballotsReturned}; số phiếu hợp lệ: ${r.ballotsValid}. Điều kiện đạt: ${r.rule}.`,
      },
      roundTable(r),
      digestBlock(r.digest),
    );
  });
  body.push(
    { kind: 'heading', level: 1, number: 'IV.', text: 'KẾT LUẬN' },
    ...(d.conclusions.length ? [{ kind: 'bullets' as const, items: d.conclusions }] : [{ kind: 'paragraph' as const, text: 'Không có trường hợp nào đạt.' }]),
    { kind: 'paragraph', text: 'Biên bản đã được thông qua tại cuộc họp. Kèm theo: biên bản kiểm phiếu.' },
  );
  return {
    header: councilHeader(d.school, d.symbol, d.date),
    typeName: 'BIÊN BẢN',
    summary: `Họp Hội đồng Thi đua - Khen thưởng xét thi đua, khen thưởng năm học ${year}`,
    body,
    signature: { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: d.chairName },
    recipients: [{ name: 'Hồ sơ đề nghị khen thưởng' }],
    archive: ['VT', 'HĐTĐKT'],
    draft: d.draft,
    title: `Biên bản họp Hội đồng Thi đua - Khen thưởng năm học ${year}`,
    author: d.school.name,
  };
}
