// Biên bản kiểm phiếu of one ballot round: the committee, ballots issued / returned / valid, each nominee's votes,
// the percentage of TOTAL members, the conclusion and the SHA-256 of the round totals.
import type { OfficialDocument } from '../model.ts';
import { digestBlock, roundTable, yearLabel, type CouncilMeetingDocData, type RoundData } from './councilMeetingData.ts';
import { councilHeader } from '../schoolHeader.ts';

/** The vote-count minutes of `round` at the meeting `d`. */
export function voteCountDocument(d: CouncilMeetingDocData, round: RoundData): OfficialDocument {
  const year = yearLabel(d.startYear);
  const head = d.counters[0] ?? d.secretaryName;
  return {
    header: councilHeader(d.school, d.symbol, d.date),
    typeName: 'BIÊN BẢN KIỂM PHIẾU',
    summary: `Bỏ phiếu xét ${round.title} năm học ${year}`,
    body: [
      { kind: 'paragraph', text: `Ban kiểm phiếu gồm: ${d.counters.length ? d.counters.join(', ') : d.secretaryName}.` },
      { kind: 'paragraph', text: `Tổng số thành viên Hội đồng: ${round.totalMembers}. Hình thức: ${round.mode}. Điều kiện đạt: ${round.rule}.` },
      {
        kind: 'paragraph',
        text: `Số phiếu phát ra: ${round.ballotsIssued}. Số phiếu thu về: ${round.ballotsReturned}. Số phiếu hợp lệ: ${round.ballotsValid}.`,
      },
      roundTable(round),
      digestBlock(round.digest),
    ],
    signature: { authority: 'TM. BAN KIỂM PHIẾU', title: 'TRƯỞNG BAN', name: head },
    recipients: [{ name: 'Hội đồng Thi đua - Khen thưởng' }],
    archive: ['VT', 'HĐTĐKT'],
    draft: d.draft,
    title: `Biên bản kiểm phiếu ${round.title} năm học ${year}`,
    author: d.school.name,
  };
}
