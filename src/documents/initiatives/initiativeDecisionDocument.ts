// Quyết định công nhận sáng kiến: the head's decision, with the annexed list of recognised initiatives (authors with
// their shares, grades). Pure mapping from the issued data to the document model.
import type { Block, OfficialDocument } from '../model.ts';
import { authorsLine, points, yearLabel, type InitiativeCouncilDocData } from './initiativeDocumentData.ts';

/** The decision as an official document of the school, signed by its head. */
export function initiativeDecisionDocument(d: InitiativeCouncilDocData): OfficialDocument {
  const recognised = d.rows.filter((r) => r.grade !== null);
  const year = yearLabel(d.startYear);
  const head = d.recognisedBy.toLocaleUpperCase('vi');
  const body: Block[] = [
    { kind: 'paragraph', text: `${head} ${d.school.name.toLocaleUpperCase('vi')}` },
    ...d.regulation.map((text): Block => ({ kind: 'paragraph', text: `Căn cứ ${text};` })),
    { kind: 'paragraph', text: `Căn cứ kết quả đánh giá của Hội đồng sáng kiến năm học ${year};` },
    { kind: 'paragraph', text: 'Xét đề nghị của Thư ký Hội đồng sáng kiến,' },
    { kind: 'heading', level: 1, number: 'QUYẾT ĐỊNH:', text: '' },
    {
      kind: 'paragraph',
      lead: 'Điều 1.',
      text: `Công nhận ${recognised.length} sáng kiến năm học ${year} cấp cơ sở (có danh sách kèm theo), gồm tên sáng kiến, tác giả, tỉ lệ đóng góp và xếp loại.`,
    },
    { kind: 'paragraph', lead: 'Điều 2.', text: 'Các tác giả có sáng kiến được công nhận được cấp Giấy chứng nhận và được hưởng các quyền lợi theo quy định.' },
    {
      kind: 'paragraph',
      lead: 'Điều 3.',
      text: 'Quyết định có hiệu lực kể từ ngày ký. Thư ký Hội đồng sáng kiến và các tác giả có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
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
    summary: `Về việc công nhận sáng kiến năm học ${year}`,
    body,
    signature: { title: head, name: d.chairName },
    recipients: [{ name: 'Như Điều 3' }, { name: 'Hội đồng Thi đua - Khen thưởng', purpose: 'để biết' }],
    archive: ['VT', 'HĐSK'],
    // The list is a phụ lục: after the signature block, as ND 30/2020 lays annexes out.
    annexes: [
      {
        label: 'Phụ lục',
        title: 'DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN',
        reference: `(Kèm theo Quyết định số ${d.symbol} ngày ${d.date.day}/${d.date.month}/${d.date.year} của ${d.recognisedBy} ${d.school.name})`,
        body: [
          {
            kind: 'table',
            columns: [
              { title: 'STT', width: 7, align: 'center' },
              { title: 'Tên sáng kiến', width: 34 },
              { title: 'Tác giả (tỉ lệ đóng góp)', width: 30 },
              { title: 'Lĩnh vực', width: 14 },
              { title: 'Điểm', width: 8, align: 'center' },
              { title: 'Xếp loại', width: 10, align: 'center' },
            ],
            rows: recognised.map((r, n) => [String(n + 1), r.title, authorsLine(r.authors), r.field, points(r.mean), d.gradeLabels[r.grade!] ?? r.grade!]),
          },
        ],
      },
    ],
    title: `Quyết định công nhận sáng kiến năm học ${year}`,
    author: d.school.name,
  };
}
