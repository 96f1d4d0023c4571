// The smaller dossier parts drawn from data: the proof for a CSTĐ title (initiatives and their recognition, or the
// confirmed "Hoàn thành xuất sắc nhiệm vụ" rating), the list of earlier decisions proving the chain, and the
// comments received while the approved list was publicly posted.
import type { DossierInput, DossierNominee } from '../../domain/dossiers/dossierInput.ts';
import { yearLabel } from '../council/councilMeetingData.ts';
import type { Block, OfficialDocument } from '../model.ts';
import { priorAwardsTable } from './achievementReportDocument.ts';

const dmy = (d: { day: number; month: number; year: number }) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

function frame(d: DossierInput, typeName: string, summary: string, body: Block[], title: string): OfficialDocument {
  return {
    header: {
      parentAgency: d.school.parentAgency,
      issuingAgency: d.school.name.toLocaleUpperCase('vi'),
      number: '',
      unnumbered: true,
      place: d.school.placeName,
      date: d.date,
    },
    typeName,
    summary,
    body,
    signature: { title: d.school.headTitle, name: d.school.headName },
    recipients: [],
    archive: [],
    title,
    author: d.school.name,
  };
}

/** The proof behind a CSTĐ title: each initiative with its decision and effect, or the HTXSNV confirmation. */
export function initiativeProofDocument(d: DossierInput, n: DossierNominee, partName: string): OfficialDocument {
  const body: Block[] = [{ kind: 'paragraph', text: `${partName} của ${n.name} (đề nghị ${n.titleName} năm học ${yearLabel(d.startYear)}).` }];
  if (n.initiatives.length)
    body.push({
      kind: 'table',
      columns: [
        { title: 'STT', width: 7, align: 'center' },
        { title: 'Tên sáng kiến', width: 33 },
        { title: 'Cấp', width: 12 },
        { title: 'Quyết định công nhận', width: 22 },
        { title: 'Hiệu quả, phạm vi ảnh hưởng', width: 26 },
      ],
      rows: n.initiatives.map((i, k) => [
        String(k + 1),
        i.title,
        i.level,
        i.decisionNumber ? `${i.decisionNumber}${i.recognisedOn ? `, ngày ${dmy(i.recognisedOn)}` : ''}` : 'Chưa có',
        i.impact ?? 'Chưa xác định',
      ]),
    });
  if (n.excellentRating)
    body.push({ kind: 'paragraph', text: `Xác nhận: ${n.name} được đánh giá, xếp loại "Hoàn thành xuất sắc nhiệm vụ" năm học ${yearLabel(d.startYear)}.` });
  return frame(d, 'XÁC NHẬN', `Căn cứ đề nghị ${n.titleName}: ${n.name}`, body, `Căn cứ sáng kiến: ${n.name}`);
}

/** The earlier decisions proving the chain of titles of nominee `n`. */
export function priorDecisionsDocument(d: DossierInput, n: DossierNominee): OfficialDocument {
  const body: Block[] = [
    { kind: 'paragraph', text: `Các quyết định khen thưởng đã đạt của ${n.name}, làm căn cứ đề nghị ${n.titleName}:` },
    n.priorAwards.length ? priorAwardsTable(n) : { kind: 'paragraph', text: 'Chưa có.' },
  ];
  return frame(d, 'DANH MỤC', `Quyết định khen thưởng đã đạt: ${n.name}`, body, `Quyết định đã đạt: ${n.name}`);
}

/** The comments received during public posting, with the council's answers. */
export function postingCommentsDocument(d: DossierInput): OfficialDocument {
  const comments = d.postingComments ?? [];
  const body: Block[] = comments.length
    ? [
        {
          kind: 'table',
          columns: [
            { title: 'STT', width: 7, align: 'center' },
            { title: 'Ngày nhận', width: 14, align: 'center' },
            { title: 'Người góp ý', width: 18 },
            { title: 'Nội dung', width: 33 },
            { title: 'Trả lời', width: 28 },
          ],
          rows: comments.map((c, i) => [String(i + 1), dmy(c.receivedOn), c.author, c.text, c.response]),
        },
      ]
    : [{ kind: 'paragraph', text: 'Trong thời gian công khai danh sách, không nhận được ý kiến nào.' }];
  return frame(d, 'TỔNG HỢP', `Ý kiến trong thời gian công khai danh sách năm học ${yearLabel(d.startYear)}`, body, 'Ý kiến công khai danh sách');
}
