// Giấy chứng nhận sáng kiến: one per author, an annex of the numbered decision (it carries the decision's number).
import { schoolHeader } from '../schoolHeader.ts';
import type { OfficialDocument } from '../model.ts';
import { points, yearLabel, type InitiativeCouncilDocData, type InitiativeDocRow } from './initiativeDocumentData.ts';

/** The certificate of one author of one recognised initiative of the decision `d`. */
export function initiativeCertificateDocument(d: InitiativeCouncilDocData, row: InitiativeDocRow, authorIndex: number): OfficialDocument {
  const author = row.authors[authorIndex]!;
  const head = d.recognisedBy.toLocaleUpperCase('vi');
  return {
    header: schoolHeader(d.school, d.symbol, d.date),
    typeName: 'GIẤY CHỨNG NHẬN',
    summary: 'Sáng kiến cấp cơ sở',
    body: [
      { kind: 'paragraph', text: `${head} ${d.school.name.toLocaleUpperCase('vi')} chứng nhận:` },
      { kind: 'paragraph', lead: 'Tác giả:', text: `${author.name} – ${author.position}` },
      { kind: 'paragraph', lead: 'Tên sáng kiến:', text: row.title },
      { kind: 'paragraph', lead: 'Lĩnh vực:', text: row.field },
      { kind: 'paragraph', lead: 'Tỉ lệ đóng góp:', text: `${author.sharePct}%` },
      { kind: 'paragraph', lead: 'Xếp loại:', text: `${d.gradeLabels[row.grade!] ?? row.grade} (${points(row.mean)} điểm)` },
      {
        kind: 'paragraph',
        text: `Được công nhận là sáng kiến cấp cơ sở năm học ${yearLabel(d.startYear)} theo Quyết định số ${d.symbol} ngày ${d.date.day}/${d.date.month}/${d.date.year}.`,
      },
    ],
    signature: { title: head, name: d.chairName },
    recipients: [{ name: author.name }],
    archive: ['VT'],
    title: `Giấy chứng nhận sáng kiến – ${author.name}`,
    author: d.school.name,
  };
}
