// The demo school's 2024-2025 council cycle, made through the app's own commands so it is exactly what users would
// produce: registrations approved, the nomination list pre-filled from them and from the engine, a held meeting
// (one member absent with a reason), one closed secret-ballot round per title, and the chair's approval that froze
// the list and numbered the minutes. The 2024-2025 dossier is built on top of this.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CommandContext } from '../../audit/recordEvent.ts';
import { castVote, type BallotChoice } from '../../features/ballot/castVote.ts';
import { closeRound } from '../../features/ballot/closeRound.ts';
import { openRound } from '../../features/ballot/openRound.ts';
import { approveMeeting } from '../../features/meetings/approveMeeting.ts';
import { createMeeting } from '../../features/meetings/createMeeting.ts';
import { recordAttendance } from '../../features/meetings/recordAttendance.ts';
import { prefillNominations } from '../../features/nominations/prefillNominations.ts';
import { updateNomination } from '../../features/nominations/updateNomination.ts';
import { reviewRegistration, saveRegistration } from '../../features/registrations/registrationCommands.ts';
import { AWARD_CODES } from '../../features/meetings/meetings.schemas.ts';
import { AppError } from '../../errors.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';

export const CYCLE_YEAR = 2024;

/** Who registered for what in 2024-2025 (staff code → titles); GV004 sits on the council. */
const REGISTRATIONS: Array<[string, string[]]> = [
  ['GV004', ['LDTT', 'CSTDCS']],
  ['GV005', ['LDTT', 'CSTDCS']],
  ['GV010', ['LDTT', 'CSTDCS']],
  ['GV011', ['LDTT']],
  ['GV012', ['LDTT']],
  ['GV015', ['LDTT']],
];
/** Nominees some members do not support (staff code → how many members mark "disagree"). */
const DISSENT: Record<string, number> = { GV010: 3 };

/** Seeds the 2024-2025 cycle once (skips when the year already has a meeting or the year does not exist). */
export async function seedDemoCouncilCycle(prisma: PrismaClient): Promise<void> {
  const school = await prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!school) return;
  const year = await prisma.schoolYear.findFirst({ where: { schoolId: school.id, startYear: CYCLE_YEAR } });
  if (!year || (await prisma.meeting.count({ where: { schoolId: school.id, schoolYearId: year.id } })) > 0) return;
  const staff = new Map((await prisma.staff.findMany({ where: { schoolId: school.id } })).map((s) => [s.code, s]));
  const users = await prisma.user.findMany({ where: { schoolId: school.id } });
  const userOf = (username: string) => users.find((u) => u.username === username)?.id ?? null;
  const ctx = (username: string | null, at: string): CommandContext => ({
    actor: { id: username ? userOf(username) : null, schoolId: school.id },
    now: new Date(at),
  });

  for (const [code, titles] of REGISTRATIONS) {
    const s = staff.get(code)!;
    const id = await saveRegistration(
      prisma,
      ctx(null, '2024-10-05T02:00:00Z'),
      year.id,
      { subject: 'staff', staffId: s.id, collectiveId: null },
      {
        titles,
        forms: [],
        initiativeTitle: null,
        movementIds: [],
        commitments: 'Hoàn thành xuất sắc nhiệm vụ năm học.',
        revision: undefined,
        action: 'submit',
        submit: true,
      },
    );
    await reviewRegistration(prisma, ctx('thuky', '2024-10-12T02:00:00Z'), id, 'approve', '');
  }
  await prefillNominations(prisma, ctx('thuky', '2025-05-12T02:00:00Z'), year);
  const nominations = await prisma.nomination.findMany({ where: { schoolId: school.id, schoolYearId: year.id }, include: { staff: true } });
  for (const n of nominations) {
    const summary = 'Hoàn thành xuất sắc nhiệm vụ được giao; tích cực tham gia các phong trào thi đua của trường.';
    const justification = n.verdictStatus === 'eligible' ? '' : 'Hội đồng xem xét thành tích thực tế trong năm học, có minh chứng kèm theo.';
    await updateNomination(prisma, ctx('thuky', '2025-05-13T02:00:00Z'), n.id, { summary, justification });
  }

  const meetingId = await createMeeting(prisma, ctx('thuky', '2025-05-14T02:00:00Z'), year.id, {
    heldOn: new Date('2025-05-20T00:00:00Z'),
    startsAt: '14:00',
    place: 'Phòng họp Hội đồng, Trường Tiểu học Lý Thường Kiệt',
    agenda: 'Xét, đề nghị danh hiệu thi đua và hình thức khen thưởng năm học 2024-2025.',
  });
  // The roll in the minutes' order (role, then name): who is absent, who counts and who dissents below follow from
  // it, so every seeded database holds the same meeting (the rows' own order is whatever a scan meets first).
  const ROLES = ['chair', 'vice_chair', 'secretary', 'council_member'];
  const roll = sortByVietnameseName(await prisma.meetingAttendance.findMany({ where: { meetingId }, include: { staff: true } }), (r) => r.staff.fullName).sort(
    (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  );
  const absent = [...roll].reverse().find((r) => r.role === 'council_member')!;
  await recordAttendance(
    prisma,
    ctx('thuky', '2025-05-20T07:00:00Z'),
    meetingId,
    roll.map((r) => ({
      staffId: r.staffId,
      present: r.staffId !== absent.staffId,
      absenceReason: r.staffId === absent.staffId ? 'Đi tập huấn chuyên môn tại Sở Giáo dục và Đào tạo.' : null,
      writtenOpinion: false,
      counter: r.role === 'council_member' && r.staffId !== absent.staffId && roll.indexOf(r) % 2 === 0,
    })),
  );
  const voters = roll.filter((r) => r.staffId !== absent.staffId);
  const staffUser = new Map(users.filter((u) => u.staffId).map((u) => [u.staffId!, u.id]));
  let minute = 10;
  for (const code of AWARD_CODES) {
    let roundId: string;
    try {
      roundId = await openRound(prisma, ctx('thuky', `2025-05-20T07:${minute++}:00Z`), { meetingId, code, mode: 'screen', quota: null });
    } catch (error) {
      // Titles without nominees (or without a vote rule) get no ballot paper.
      if (error instanceof AppError && ['ballot.refusal.noNominees', 'ballot.refusal.noVoteRule'].includes(error.userMessage ?? '')) continue;
      throw error;
    }
    const nominees = await prisma.roundNominee.findMany({ where: { roundId }, include: { nomination: { include: { staff: true } } } });
    for (const [i, voter] of voters.entries()) {
      const choices = new Map<string, BallotChoice>(
        nominees.map((n) => [n.nominationId, i < (DISSENT[n.nomination.staff?.code ?? ''] ?? 0) ? 'disagree' : 'agree']),
      );
      const voteCtx = { actor: { id: staffUser.get(voter.staffId) ?? null, schoolId: school.id }, now: new Date(`2025-05-20T07:${minute}:30Z`) };
      await castVote(prisma, voteCtx, { roundId, staffId: voter.staffId, choices });
    }
    await closeRound(prisma, ctx('thuky', `2025-05-20T07:${minute++}:50Z`), roundId);
  }
  await approveMeeting(prisma, ctx('chutich', '2025-05-22T02:00:00Z'), meetingId);
}
