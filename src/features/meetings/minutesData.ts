// Loads the data of a meeting's minutes (all database work here; drawing is pure, in src/documents/council).
import type { PrismaClient, Prisma } from '../../generated/prisma/client.ts';
import type { CouncilMeetingDocData, RoundData } from '../../documents/council/councilMeetingData.ts';
import { thresholdLabel } from '../../domain/ballot/voteRule.ts';
import { vietnamDayParts } from '../../domain/calendarDay.ts';
import { vi } from '../../i18n/vi.ts';
import { readRoundResult } from '../ballot/roundResultJson.ts';
import { votedList } from './votedList.ts';

type Db = PrismaClient | Prisma.TransactionClient;
const MODE: Record<string, string> = { screen: 'Bỏ phiếu kín (trên màn hình)', paper: 'Bỏ phiếu kín (phiếu giấy)', show_of_hands: 'Biểu quyết giơ tay' };
const ROLE: Record<string, string> = {
  chair: vi['role.chair'],
  vice_chair: vi['role.vice_chair'],
  secretary: vi['role.secretary'],
  council_member: vi['role.council_member'],
};
const AWARD = (code: string) => (vi as Record<string, string>)[`award.${code}`] ?? code;

/** The minutes data of the meeting from its live rows (closed rounds only); `symbol` empty means a draft. */
export async function loadMinutesData(db: Db, schoolId: string, meetingId: string, symbol = ''): Promise<CouncilMeetingDocData> {
  const meeting = await db.meeting.findFirstOrThrow({ where: { id: meetingId, schoolId }, include: { attendance: true } });
  const [school, year, staff, rounds] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: schoolId } }),
    db.schoolYear.findUniqueOrThrow({ where: { id: meeting.schoolYearId } }),
    db.staff.findMany({ where: { schoolId, id: { in: meeting.attendance.map((a) => a.staffId) } }, select: { id: true, fullName: true } }),
    db.ballotRound.findMany({
      where: { meetingId, schoolId, status: 'closed' },
      orderBy: { openedAt: 'asc' },
      include: { nominees: { orderBy: { position: 'asc' }, include: { nomination: { include: { staff: true, collective: true } } } } },
    }),
  ]);
  const name = (id: string) => staff.find((s) => s.id === id)?.fullName ?? '';
  const order = ['chair', 'vice_chair', 'secretary', 'council_member'];
  const members = [...meeting.attendance].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || name(a.staffId).localeCompare(name(b.staffId), 'vi'));
  const roundData: RoundData[] = rounds.map((r) => {
    const result = readRoundResult(r.result)!;
    return {
      title: AWARD(r.code),
      mode: MODE[r.mode] ?? r.mode,
      rule: `${thresholdLabel({ thresholdPct: Number(r.thresholdPct), strict: r.strict })} tổng số thành viên Hội đồng (${r.legalBasis})`,
      totalMembers: r.totalMembers,
      ballotsIssued: meeting.attendance.filter((a) => a.present).length,
      ballotsReturned: r.participants ?? 0,
      ballotsValid: r.participants ?? 0,
      digest: r.digest ?? '',
      nominees: result.nominees.map((n) => {
        const nom = r.nominees.find((x) => x.nominationId === n.nomineeId)?.nomination;
        return { ...n, name: nom?.staff?.fullName ?? nom?.collective?.name ?? '' };
      }),
    };
  });
  const list = await votedList(db, schoolId, meetingId);
  const approved = list.filter((i) => i.passed && i.withinQuota);
  const conclusions = [...new Set(approved.map((i) => i.code))].map((code) => {
    const items = approved.filter((i) => i.code === code);
    const verb = items[0]!.outcome === 'decision' ? `Đề nghị ${items[0]!.decides} quyết định tặng` : `Đề nghị ${items[0]!.decides} xét tặng`;
    return `${verb} ${AWARD(code)}: ${items.map((i) => i.name).join(', ')}.`;
  });
  return {
    school: { name: school.name, placeName: school.placeName },
    startYear: year.startYear,
    symbol,
    date: vietnamDayParts(meeting.heldOn),
    time: meeting.startsAt,
    place: meeting.place,
    agenda: meeting.agenda,
    chairName: name(members.find((m) => m.role === 'chair')?.staffId ?? ''),
    secretaryName: name(members.find((m) => m.role === 'secretary')?.staffId ?? ''),
    members: members.map((m) => ({
      name: name(m.staffId),
      role: ROLE[m.role] ?? m.role,
      present: m.present,
      absenceReason: m.absenceReason,
      writtenOpinion: m.writtenOpinion,
    })),
    counters: members.filter((m) => m.counter).map((m) => name(m.staffId)),
    rounds: roundData,
    conclusions,
    draft: symbol === '',
  };
}
