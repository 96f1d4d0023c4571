// Công văn trả lời đơn: the school's answer to a complaint, denunciation or petition about a nomination or the
// approved list: what was received, the legal basis of the handling, the outcome. Pure mapping to the model.
// A công văn (ND 30/2020, Phụ lục I, mẫu 1.4): no type-name line, the trích yếu ("V/v …") under its number, then
// "Kính gửi:" the sender, centred.
import { schoolHeader } from '../schoolHeader.ts';
import type { Block, CalendarDate, OfficialDocument } from '../model.ts';

export interface ComplaintReplyData {
  school: { name: string; governingBody: string; placeName: string };
  symbol: string;
  date: CalendarDate;
  sender: string;
  receivedOn: CalendarDate;
  /** "đơn khiếu nại", "đơn tố cáo", "đơn kiến nghị, phản ánh". */
  kindName: string;
  /** What the letter is about: "việc đề nghị Nguyễn Văn A danh hiệu Lao động tiên tiến". */
  about: string;
  summary: string;
  basis: string;
  outcome: string;
  headName: string;
}

const day = (d: CalendarDate) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

/** The reply letter as an official document of the school, signed by its head. */
export function complaintReplyDocument(d: ComplaintReplyData): OfficialDocument {
  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `Ngày ${day(d.receivedOn)}, ${d.school.name} nhận được ${d.kindName} của ${d.sender} về ${d.about}. Nội dung đơn tóm tắt như sau: ${d.summary}`,
    },
    { kind: 'paragraph', text: `Căn cứ ${d.basis}, Hội đồng Thi đua - Khen thưởng nhà trường đã xem xét, xác minh nội dung đơn.` },
    { kind: 'paragraph', text: `Kết quả xem xét: ${d.outcome}` },
    { kind: 'paragraph', text: `${d.school.name} trả lời để ${d.sender} được biết./.` },
  ];
  return {
    header: schoolHeader(d.school, d.symbol, d.date),
    typeName: 'CÔNG VĂN',
    summary: `V/v trả lời ${d.kindName}`,
    letter: { addressees: [`${d.sender}.`] },
    body,
    signature: { title: 'HIỆU TRƯỞNG', name: d.headName },
    recipients: [{ name: d.sender }, { name: 'Hội đồng Thi đua - Khen thưởng', purpose: 'để biết' }],
    archive: ['VT', 'TĐKT'],
  };
}
