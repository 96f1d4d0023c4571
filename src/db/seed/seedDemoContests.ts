// Demo data for the writing contest (issue 15 §4), made through the app's own commands: the 2024-2025 school round
// of "Viết về gương điển hình tiên tiến, người tốt, việc tốt" judged and published (five entries, four prizes, one
// about the published exemplar), and the current year's round open for entries (two already in; the demo teacher
// 'giaovien' has none, so she can try submitting).
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { vietnamDay } from '../../domain/calendarDay.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';
import { closeContest } from '../../features/contests/closeContest.ts';
import { createContest } from '../../features/contests/createContest.ts';
import { openContest } from '../../features/contests/openContest.ts';
import { publishResults } from '../../features/contests/publishResults.ts';
import { scoreEntry } from '../../features/contests/scoreEntry.ts';
import { submitEntry } from '../../features/contests/submitEntry.ts';
import type { Prize } from '../../features/contests/contest.schemas.ts';

const TITLE = 'Viết về gương điển hình tiên tiến, người tốt, việc tốt';
/** Staff with a demo account keep their pages free of seeded entries. */
const ACCOUNT_CODES = ['GV001', 'GV002', 'NV002', 'GV004', 'GV005'];
const DAY = 86_400_000;

const PAST: Array<{ title: string; body: string; score: number; prize: Prize | null; coAuthors?: string; aboutExemplar?: boolean; subjectName?: string }> = [
  {
    title: 'Cậu bé nhặt được ví tiền ở cổng trường',
    body: 'Buổi sáng hôm ấy, em Gia Bảo đến trường sớm hơn thường lệ và nhặt được một chiếc ví.\n\nEm không mở ra xem mà mang ngay đến phòng Đội.',
    score: 92.5,
    prize: 'nhat',
    aboutExemplar: true,
  },
  {
    title: 'Cô giáo của những buổi chiều thứ Sáu',
    body: 'Mỗi chiều thứ Sáu, lớp học nhỏ của cô lại sáng đèn cho những em cần thêm một người nâng đỡ.',
    score: 88,
    prize: 'nhi',
    subjectName: 'Cô Phạm Thị Hồng',
  },
  {
    title: 'Bác bảo vệ và vườn rau sạch',
    body: 'Khoảnh đất sau trường, nhờ bàn tay bác, thành vườn rau cho bếp ăn bán trú.',
    score: 84.5,
    prize: 'ba',
    subjectName: 'Bác Trần Văn Tư',
  },
  {
    title: 'Người thủ thư thầm lặng',
    body: 'Thư viện trường mở cửa cả giờ nghỉ trưa, vì cô muốn các em có chỗ đọc sách.',
    score: 79,
    prize: 'khuyen_khich',
    coAuthors: 'Vũ Thị Thu',
  },
  { title: 'Mùa thi đua', body: 'Một năm học với những tấm gương nhỏ mà bền bỉ.', score: 70, prize: null },
];

/** Seeds the contests once (skips when the school already has one). */
export async function seedDemoContests(prisma: PrismaClient, now: Date): Promise<void> {
  const school = await prisma.school.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!school || (await prisma.contest.count({ where: { schoolId: school.id } })) > 0) return;
  const current = schoolYearStartOf(now);
  const years = await prisma.schoolYear.findMany({ where: { schoolId: school.id, startYear: { in: [2024, current] } } });
  const secretary = await prisma.user.findFirst({ where: { schoolId: school.id, username: 'thuky' } });
  const authors = await prisma.staff.findMany({
    where: { schoolId: school.id, active: true, code: { notIn: ACCOUNT_CODES } },
    select: { id: true, user: { select: { id: true } } },
    orderBy: { code: 'asc' },
    take: PAST.length + 2,
  });
  if (authors.length < PAST.length + 2) return;
  const ctx = (at: Date | string, actorId = secretary?.id ?? null) => ({ actor: { id: actorId, schoolId: school.id }, now: new Date(at) });
  const asAuthor = (i: number, at: Date | string) => ctx(at, authors[i]!.user?.id ?? null);

  const past = years.find((y) => y.startYear === 2024);
  if (past) {
    const exemplar = await prisma.exemplar.findFirst({ where: { schoolId: school.id, schoolYearId: past.id, status: 'published' } });
    const id = await createContest(prisma, ctx('2024-10-28T02:00:00Z'), past.id, {
      title: `${TITLE} năm 2024`,
      rules: RULES,
      opensOn: new Date('2024-11-01T00:00:00Z'),
      closesOn: new Date('2025-01-15T00:00:00Z'),
    });
    await openContest(prisma, ctx('2024-11-01T01:00:00Z'), id);
    const entryIds: string[] = [];
    for (const [i, e] of PAST.entries()) {
      entryIds.push(
        await submitEntry(
          prisma,
          asAuthor(i, `2024-12-${String(10 + i).padStart(2, '0')}T03:00:00Z`),
          id,
          authors[i]!.id,
          {
            title: e.title,
            body: e.body,
            coAuthors: e.coAuthors ?? null,
            exemplarId: e.aboutExemplar && exemplar ? exemplar.id : null,
            subjectName: e.subjectName ?? null,
          },
          null,
        ),
      );
    }
    await closeContest(prisma, ctx('2025-01-16T02:00:00Z'), id);
    for (const [i, e] of PAST.entries())
      await scoreEntry(prisma, ctx('2025-01-20T02:00:00Z'), { contestId: id, entryId: entryIds[i]! }, { score: e.score, prize: e.prize, judgeComment: null });
    await publishResults(prisma, ctx('2025-01-25T02:00:00Z'), id);
  }

  const open = years.find((y) => y.startYear === current);
  if (open && current !== 2024) {
    const today = vietnamDay(now).getTime();
    const id = await createContest(prisma, ctx(new Date(now.getTime() - 15 * DAY)), open.id, {
      title: `${TITLE} năm ${current}`,
      rules: RULES,
      opensOn: new Date(today - 14 * DAY),
      closesOn: new Date(today + 30 * DAY),
    });
    await openContest(prisma, ctx(new Date(now.getTime() - 14 * DAY)), id);
    for (const i of [PAST.length, PAST.length + 1])
      await submitEntry(
        prisma,
        asAuthor(i, new Date(now.getTime() - (i - PAST.length + 1) * DAY)),
        id,
        authors[i]!.id,
        {
          title: i === PAST.length ? 'Thầy hiệu phó và chuyến xe cuối tuần' : 'Những đôi dép cho em',
          body: 'Bài viết đang dự thi.',
          coAuthors: null,
          exemplarId: null,
          subjectName: null,
        },
        null,
      );
  }
}

const RULES =
  'Đối tượng: cán bộ, giáo viên, nhân viên nhà trường; mỗi người gửi một bài (có thể có đồng tác giả).\n\n' +
  'Nội dung: viết về tấm gương điển hình tiên tiến, người tốt, việc tốt có thật trong nhà trường và địa phương; ' +
  'bài viết không quá 2.000 chữ, nộp trên hệ thống (văn bản hoặc tệp PDF/DOCX).\n\n' +
  'Cơ cấu giải: 01 giải Nhất, 01 giải Nhì, 01 giải Ba và các giải Khuyến khích. Các bài đạt giải được đề xuất tham gia cuộc thi cấp quận.';
