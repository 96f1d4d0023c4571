// A decision (quyết định) of the school's head, the one shape shared by award and initiative decisions: the
// authority line, the "Căn cứ" lines, the proposal it acts on, three articles, and the annexed list after the
// signature block (ND 30/2020 lays annexes out there). Pure mapping.
import { schoolHeader } from './schoolHeader.ts';
import { shortDate } from './dateLine.ts';
import type { Block, CalendarDate, OfficialDocument, TableBlock } from './model.ts';

export interface HeadDecisionData {
  school: { name: string; governingBody: string; placeName: string };
  symbol: string;
  date: CalendarDate;
  /** The head's title as signed ("Hiệu trưởng"). */
  headTitle: string;
  headName: string;
  /** Bases quoted as "Căn cứ …;" lines, in order. */
  bases: string[];
  /** The proposal the decision acts on ("Xét đề nghị của …,"). */
  proposal: string;
  /** Texts of Điều 1, 2, 3. */
  articles: [string, string, string];
  summary: string;
  /** Archive codes ("VT", then the council's). */
  archive: string[];
  annex: { title: string; table: TableBlock };
  title?: string;
}

/** The decision as an official document of the school, signed by its head. */
export function headDecision(d: HeadDecisionData): OfficialDocument {
  const body: Block[] = [
    { kind: 'paragraph', text: `${d.headTitle.toLocaleUpperCase('vi')} ${d.school.name.toLocaleUpperCase('vi')}` },
    ...d.bases.map((text): Block => ({ kind: 'paragraph', text: `Căn cứ ${text};` })),
    { kind: 'paragraph', text: `Xét đề nghị của ${d.proposal},` },
    { kind: 'heading', level: 1, number: 'QUYẾT ĐỊNH:', text: '' },
    ...d.articles.map((text, i): Block => ({ kind: 'paragraph', lead: `Điều ${i + 1}.`, text })),
  ];
  return {
    header: schoolHeader(d.school, d.symbol, d.date),
    typeName: 'QUYẾT ĐỊNH',
    summary: d.summary,
    body,
    signature: { title: d.headTitle.toLocaleUpperCase('vi'), name: d.headName },
    recipients: [{ name: 'Như Điều 3' }, { name: 'Hội đồng Thi đua - Khen thưởng', purpose: 'để biết' }],
    archive: d.archive,
    annexes: [
      {
        label: 'Phụ lục',
        title: d.annex.title,
        reference: `(Kèm theo Quyết định số ${d.symbol} ngày ${shortDate(d.date)} của ${d.headTitle} ${d.school.name})`,
        body: [d.annex.table],
      },
    ],
    ...(d.title ? { title: d.title, author: d.school.name } : {}),
  };
}
