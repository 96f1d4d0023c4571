// Báo cáo tổng kết công tác thi đua, khen thưởng năm học … (issue 15 §3): the school's ND 30 header, the sections
// as the chair or the secretary wrote them (a line is a paragraph, "- " starts a bullet), the figures table from the
// statistics, the closing, the signature and "Nơi nhận". Pure mapping from plain data.
import type { Block, IssueDate, OfficialDocument, Recipient } from '../model.ts';
import { schoolHeader } from '../schoolHeader.ts';

export interface YearReportData {
  school: { name: string; governingBody: string; placeName: string };
  startYear: number;
  /** Số, ký hiệu; blanks before "/BC-…" for a draft. */
  symbol: string;
  date: IssueDate;
  preamble: string;
  sections: {
    situation: string;
    direction: string;
    movements: string;
    awards: string;
    exemplars: string;
    strengths: string;
    weaknesses: string;
    nextYear: string;
    proposals: string;
  };
  figures: Array<[string, string, string]>;
  signerName: string;
  /** One recipient a line: "HĐTĐKT phường: để báo cáo"; "Lưu: VT" lines name the archive. */
  recipients: string;
  draft?: boolean;
}

/** Text as the form keeps it → paragraphs and bullet lists, in order. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (/^[-–•]\s/.test(line)) {
      const last = blocks.at(-1);
      const item = line.replace(/^[-–•]\s+/, '');
      if (last?.kind === 'bullets') last.items.push(item);
      else blocks.push({ kind: 'bullets', items: [item] });
    } else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}

/** "HĐTĐKT phường: để báo cáo" lines → recipients; "Lưu: VT, TĐKT" → the archive. */
export function reportRecipients(text: string): { recipients: Recipient[]; archive: string[] } {
  const recipients: Recipient[] = [];
  let archive: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      .replace(/^[-–•]\s*/, '')
      .replace(/[;.]\s*$/, '')
      .trim();
    if (!line) continue;
    const [name, ...rest] = line.split(':');
    const purpose = rest.join(':').trim();
    if (/^lưu$/iu.test(name!.trim()))
      archive = purpose
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    else recipients.push(purpose ? { name: name!.trim(), purpose } : { name: name!.trim() });
  }
  return { recipients, archive: archive.length ? archive : ['VT'] };
}

const heading = (level: 1 | 2, number: string, text: string): Block => ({ kind: 'heading', level, number, text });

/** The report as an official document of the school. */
export function yearReportDocument(d: YearReportData): OfficialDocument {
  const year = `${d.startYear}-${d.startYear + 1}`;
  const next = `${d.startYear + 1}-${d.startYear + 2}`;
  const s = d.sections;
  const { recipients, archive } = reportRecipients(d.recipients);
  const body: Block[] = [
    ...textBlocks(d.preamble),
    heading(1, 'I.', 'ĐẶC ĐIỂM TÌNH HÌNH'),
    ...textBlocks(s.situation),
    heading(1, 'II.', 'KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG'),
    heading(2, '1.', 'Công tác chỉ đạo, tổ chức phong trào thi đua'),
    ...textBlocks(s.direction),
    heading(2, '2.', 'Kết quả các phong trào thi đua'),
    ...textBlocks(s.movements),
    heading(2, '3.', 'Kết quả công tác khen thưởng'),
    ...textBlocks(s.awards),
    ...(d.figures.length
      ? [
          {
            kind: 'table',
            columns: [
              { title: 'Nội dung', width: 62 },
              { title: 'Số lượng', width: 18, align: 'center' },
              { title: 'Tỉ lệ', width: 20, align: 'center' },
            ],
            rows: d.figures.map((r) => [...r]),
          } satisfies Block,
        ]
      : []),
    heading(2, '4.', 'Công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến'),
    ...textBlocks(s.exemplars),
    heading(1, 'III.', 'ĐÁNH GIÁ CHUNG'),
    heading(2, '1.', 'Ưu điểm'),
    ...textBlocks(s.strengths),
    heading(2, '2.', 'Tồn tại, hạn chế'),
    ...textBlocks(s.weaknesses),
    heading(1, 'IV.', `PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC ${next}`),
    ...textBlocks(s.nextYear),
    heading(1, 'V.', 'ĐỀ XUẤT, KIẾN NGHỊ'),
    ...textBlocks(s.proposals),
    { kind: 'paragraph', text: `Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm học ${year} của ${d.school.name}.` },
  ];
  const header = schoolHeader(d.school, d.symbol, { year: d.date.year, month: d.date.month ?? 1, day: d.date.day ?? 1 });
  return {
    header: { ...header, date: d.date },
    typeName: 'BÁO CÁO',
    summary: `Tổng kết công tác thi đua, khen thưởng năm học ${year}`,
    body,
    signature: { title: 'HIỆU TRƯỞNG', name: d.signerName },
    recipients,
    archive,
    title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm học ${year}`,
    author: d.school.name,
    ...(d.draft ? { draft: true } : {}),
  };
}
