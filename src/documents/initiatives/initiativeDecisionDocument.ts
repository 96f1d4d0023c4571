// Quyết định công nhận sáng kiến: the head's decision, with the annexed list of recognised initiatives (authors with
// their shares, grades). Pure mapping from the issued data to the document model.
import { headDecision } from '../headDecision.ts';
import type { OfficialDocument } from '../model.ts';
import { authorsLine, points, yearLabel, type InitiativeCouncilDocData } from './initiativeDocumentData.ts';

/** The decision as an official document of the school, signed by its head. */
export function initiativeDecisionDocument(d: InitiativeCouncilDocData): OfficialDocument {
  const recognised = d.rows.filter((r) => r.grade !== null);
  const year = yearLabel(d.startYear);
  return headDecision({
    school: d.school,
    symbol: d.symbol,
    date: d.date,
    headTitle: d.recognisedBy,
    headName: d.chairName,
    bases: [...d.regulation, `kết quả đánh giá của Hội đồng sáng kiến năm học ${year}`],
    proposal: 'Thư ký Hội đồng sáng kiến',
    articles: [
      `Công nhận ${recognised.length} sáng kiến năm học ${year} cấp cơ sở (có danh sách kèm theo), gồm tên sáng kiến, tác giả, tỉ lệ đóng góp và xếp loại.`,
      'Các tác giả có sáng kiến được công nhận được cấp Giấy chứng nhận và được hưởng các quyền lợi theo quy định.',
      'Quyết định có hiệu lực kể từ ngày ký. Thư ký Hội đồng sáng kiến và các tác giả có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
    summary: `Về việc công nhận sáng kiến năm học ${year}`,
    archive: ['VT', 'HĐSK'],
    annex: {
      title: 'DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN',
      table: {
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
    },
    title: `Quyết định công nhận sáng kiến năm học ${year}`,
  });
}
