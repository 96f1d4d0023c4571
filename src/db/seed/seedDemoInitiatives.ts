// Demo initiatives, made through the app's own commands so they are exactly what users would produce: in 2024-2025
// two initiatives went through the whole cycle (submitted, reviewed by the initiative council, minutes, the head's
// decision: one recognised, one not); in the current year one is submitted and waiting for reviewers.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { CommandContext } from '../../audit/recordEvent.ts';
import { assignReviewer } from '../../features/initiatives/assignReviewer.ts';
import { issueInitiativeDecision } from '../../features/initiatives/issueInitiativeDecision.ts';
import { issueInitiativeMinutes } from '../../features/initiatives/issueInitiativeMinutes.ts';
import { proposeUpward } from '../../features/initiatives/proposeUpward.ts';
import { saveInitiative } from '../../features/initiatives/saveInitiative.ts';
import { submitScore } from '../../features/initiatives/submitScore.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';

const PAST_YEAR = 2024;

const text = (title: string, field: string) => ({
  title,
  field,
  firstAppliedOn: new Date(Date.UTC(PAST_YEAR, 9, 1)),
  appliedWhere: 'Các lớp khối 3, Trường Tiểu học Lý Thường Kiệt',
  problem: 'Nhiều học sinh còn lúng túng, kết quả chưa đồng đều giữa các lớp.',
  solution: 'Xây dựng chuỗi hoạt động ngắn mỗi ngày, có phiếu theo dõi tiến bộ của từng học sinh.',
  novelty: 'Lần đầu áp dụng có hệ thống tại trường.',
  benefits: 'Học sinh tự tin hơn; giáo viên theo dõi được tiến bộ hằng tuần.',
  beforeFigures: '48% học sinh đạt yêu cầu',
  afterFigures: '81% học sinh đạt yêu cầu',
  scope: 'Áp dụng được cho các khối lớp khác.',
  revision: undefined,
  authorIds: [],
  shares: [],
});

/** Seeds the demo initiatives once (skips when the school already has submitted initiatives). */
export async function seedDemoInitiatives(prisma: PrismaClient, now: Date): Promise<void> {
  const school = await prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!school || (await prisma.initiativeRecord.count({ where: { schoolId: school.id, source: 'submission' } })) > 0) return;
  const staff = new Map((await prisma.staff.findMany({ where: { schoolId: school.id } })).map((s) => [s.code, s]));
  const users = new Map((await prisma.user.findMany({ where: { schoolId: school.id } })).map((u) => [u.username, u]));
  const year = (startYear: number) => prisma.schoolYear.findFirstOrThrow({ where: { schoolId: school.id, startYear } });
  const ctx = (username: string, at: string): CommandContext => ({ actor: { id: users.get(username)?.id ?? null, schoolId: school.id }, now: new Date(at) });
  const past = await year(PAST_YEAR);
  const author = (code: string) => staff.get(code)!.id;

  const a = await saveInitiative(prisma, ctx('giaovien', '2025-03-10T02:00:00Z'), {
    schoolYear: past,
    authorStaffId: author('GV010'),
    input: {
      ...text('Rèn kỹ năng đọc hiểu qua “Góc đọc sách” cho học sinh lớp 3', 'Tiếng Việt'),
      authors: [
        { staffId: author('GV010'), sharePct: 70 },
        { staffId: author('GV011'), sharePct: 30 },
      ],
      action: 'submit',
    },
  });
  const b = await saveInitiative(prisma, ctx('giaovien', '2025-03-12T02:00:00Z'), {
    schoolYear: past,
    authorStaffId: author('GV012'),
    input: { ...text('Sử dụng bảng tính nhẩm nhanh trong giờ Toán lớp 3', 'Toán'), authors: [{ staffId: author('GV012'), sharePct: 100 }], action: 'submit' },
  });
  const reviewers = ['GV003', 'GV014'].map((code) => ({ staffId: author(code), collectiveId: staff.get(code)!.collectiveId, canScore: true }));
  const reviewerUser = async (staffId: string) => (await prisma.user.findFirst({ where: { staffId } }))?.id ?? users.get('thuky')!.id;
  for (const [id, marks] of [
    [
      a,
      [
        [27, 18, 27, 17],
        [26, 17, 26, 18],
      ],
    ],
    [
      b,
      [
        [15, 12, 14, 9],
        [14, 11, 13, 8],
      ],
    ],
  ] as const) {
    for (const r of reviewers) await assignReviewer(prisma, ctx('thuky', '2025-04-02T02:00:00Z'), id, r.staffId);
    for (const [n, r] of reviewers.entries()) {
      const [novelty, soundness, effectiveness, applicability] = marks[n]!;
      await submitScore(
        prisma,
        { actor: { id: await reviewerUser(r.staffId), schoolId: school.id }, now: new Date('2025-04-20T02:00:00Z') },
        {
          initiativeId: id,
          reviewer: r,
          input: { points: { novelty, soundness, effectiveness, applicability }, comment: 'Đạt yêu cầu của Hội đồng.', correctionReason: '' },
        },
      );
    }
  }
  await issueInitiativeMinutes(
    prisma,
    ctx('thuky', '2025-05-15T02:00:00Z'),
    past.id,
    reviewers.map((r) => r.staffId),
  );
  await issueInitiativeDecision(prisma, ctx('chutich', '2025-05-20T02:00:00Z'), past.id, school.documentPrefix);
  // The grade-A initiative is proposed to the City (the upper level's decision has not come yet).
  await proposeUpward(prisma, ctx('chutich', '2025-06-05T02:00:00Z'), a, {
    proposedOn: new Date(Date.UTC(2025, 5, 5)),
    proposalNumber: `15/TTr-${school.documentPrefix}`,
  });

  const current = await year(schoolYearStartOf(now));
  await saveInitiative(prisma, ctx('giaovien', now.toISOString()), {
    schoolYear: current,
    authorStaffId: author('GV005'),
    input: {
      ...text('Ứng dụng trò chơi học tập để rèn kỹ năng tính nhẩm cho học sinh lớp 1', 'Toán'),
      firstAppliedOn: new Date(Date.UTC(current.startYear, 8, 15)),
      authors: [{ staffId: author('GV005'), sharePct: 100 }],
      action: 'submit',
    },
  });
}
