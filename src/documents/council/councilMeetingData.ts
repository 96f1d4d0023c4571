// The data the council meeting's minutes are drawn from: plain and typed, stored as the snapshot of the issued
// document so a later download draws exactly what was issued.
import type { CalendarDate } from '../model.ts';

export interface RoundNomineeData {
  name: string;
  agree: number;
  disagree: number;
  blank: number;
  writtenAgree: number;
  votesFor: number;
  pctOfTotal: string; // "80,00"
  passed: boolean;
}

export interface RoundData {
  title: string; // "Chiến sĩ thi đua cơ sở"
  mode: string; // "Bỏ phiếu kín"
  rule: string; // "≥ 80% tổng số thành viên Hội đồng (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 [P])"
  totalMembers: number;
  ballotsIssued: number;
  ballotsReturned: number;
  ballotsValid: number;
  nominees: RoundNomineeData[];
  digest: string;
}

export interface CouncilMeetingDocData {
  school: { name: string; placeName: string };
  startYear: number;
  symbol: string; // "" while a draft
  date: CalendarDate;
  time: string; // "14:00"
  place: string;
  agenda: string;
  chairName: string;
  secretaryName: string;
  members: { name: string; role: string; present: boolean; absenceReason: string | null; writtenOpinion: boolean }[];
  counters: string[];
  rounds: RoundData[];
  /** "Đề nghị Chủ tịch UBND phường …: Nguyễn Thị A (CSTĐCS)". */
  conclusions: string[];
  draft: boolean;
}

/** The SHA-256 line as a list item: a long hex word must not be justified across the line. */
export function digestBlock(digest: string) {
  return { kind: 'bullets' as const, items: [`Mã kiểm tra kết quả (SHA-256): ${digest}`] };
}

/** "2024-2025". */
export const yearLabel = (startYear: number) => `${startYear}-${startYear + 1}`;

/** The table of one round: ballots and votes per nominee, % of total members, conclusion. */
export function roundTable(r: RoundData) {
  return {
    kind: 'table' as const,
    columns: [
      { title: 'STT', width: 8, align: 'center' as const },
      { title: 'Họ và tên', width: 26 },
      { title: 'Đồng ý', width: 10, align: 'center' as const },
      { title: 'Không đồng ý', width: 12, align: 'center' as const },
      { title: 'Đồng ý bằng văn bản', width: 13, align: 'center' as const },
      { title: 'Tỉ lệ trên tổng số thành viên', width: 15, align: 'center' as const },
      { title: 'Kết luận', width: 12, align: 'center' as const },
    ],
    rows: r.nominees.map((n, i) => [
      String(i + 1),
      n.name,
      String(n.agree),
      String(n.disagree),
      String(n.writtenAgree),
      `${n.votesFor}/${r.totalMembers} (${n.pctOfTotal}%)`,
      n.passed ? 'Đạt' : 'Không đạt',
    ]),
  };
}
