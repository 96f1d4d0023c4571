// A school with five past years of records, for tests of the eligibility engine over HTTP: 41 staff in three
// groups with ratings, leave, LĐTT every year they were rated well, seven "stars" with CSTĐCS and a recognised
// initiative every year (one of them at City level lately), one discipline; and six people who sign in. The stories
// the tests assert on: Hoàng Thị Mai (GV005) has no CSTĐCS yet; Phạm Thị Lan (GV004, council member) leads Tổ khối 1
// and has CSTĐCS every year and a City-level initiative. The current year's supplementary registration window is open
// from 20/11 to 05/12. Built with createMany: one school per test file.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { CouncilRoleName } from '../../src/domain/permissions.ts';
import { foldForSearch } from '../../src/domain/text.ts';
import { buildCouncilMember, buildSchool, buildUser } from './factories.ts';

type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const NAMED: Record<string, string> = {
  GV001: 'Nguyễn Thúy Hà',
  GV002: 'Trần Minh Đức',
  NV002: 'Lê Thị Hồng',
  GV004: 'Phạm Thị Lan',
  GV005: 'Hoàng Thị Mai',
  NV005: 'Đỗ Thị Liên',
};
const STARS = new Set(['GV001', 'GV002', 'GV004', 'GV009', 'GV014', 'GV019', 'GV024']);
/** Who signs in: username → staff code (null: the administrator) and council role in the current year. */
const ACCOUNTS: Array<[string, string | null, CouncilRoleName | null]> = [
  ['admin', null, null],
  ['chutich', 'GV001', 'chair'],
  ['phochutich', 'GV002', 'vice_chair'],
  ['thuky', 'NV002', 'secretary'],
  ['uyvien', 'GV004', 'council_member'],
  ['giaovien', 'GV005', null],
];

/** Builds the school for start years 2021..`currentYear` with history up to the year before; returns usernames. */
export async function buildHistorySchool(prisma: PrismaClient, currentYear = 2026) {
  const years = Array.from({ length: currentYear - 2020 }, (_, i) => 2021 + i);
  const { school, yearOf } = await buildSchool(prisma, { years });
  const schoolId = school.id;
  await prisma.collective.create({ data: { schoolId, name: school.name, kind: 'school', sortOrder: 0 } });
  const groups = await Promise.all(
    ['Tổ khối 1', 'Tổ khối 2', 'Tổ văn phòng'].map((name, i) =>
      prisma.collective.create({ data: { schoolId, name, kind: i < 2 ? 'grade_group' : 'office', sortOrder: i + 1 } }),
    ),
  );
  const codes = [...Array.from({ length: 35 }, (_, i) => `GV${String(i + 1).padStart(3, '0')}`), ...Array.from({ length: 6 }, (_, i) => `NV00${i + 1}`)];
  await prisma.staff.createMany({
    data: codes.map((code, i) => {
      const fullName = NAMED[code] ?? `Nguyễn Văn ${code}`;
      const group = code.startsWith('NV') ? groups[2]! : i < 8 ? groups[0]! : groups[1]!;
      return {
        schoolId,
        code,
        fullName,
        searchName: foldForSearch(fullName),
        gender: 'female' as const,
        position: 'Giáo viên',
        contractType: 'civil_servant' as const,
        collectiveId: group.id,
      };
    }),
  });
  const staff = await prisma.staff.findMany({ where: { schoolId }, orderBy: { code: 'asc' }, select: { id: true, code: true, collectiveId: true } });
  const idOf = (code: string) => staff.find((s) => s.code === code)!.id;
  await prisma.collective.update({ where: { id: groups[0]!.id }, data: { leaderStaffId: idOf('GV004') } });

  const records = [];
  const awards = [];
  for (let y = 2021; y < currentYear; y++) {
    const decisionDate = day(y + 1, 7, 15);
    for (const [i, s] of staff.entries()) {
      const star = STARS.has(s.code);
      const rating: Rating = star || (i + y) % 4 === 0 ? 'HTXSNV' : (i + y) % 9 === 0 ? 'HTNV' : 'HTTNV';
      records.push({
        schoolId,
        staffId: s.id,
        startYear: y,
        rating,
        monthsWorked: 12,
        leaveDays: (i * 3 + y) % 12,
        collectiveId: s.collectiveId,
        disciplineChecked: true,
      });
      const award = { schoolId, staffId: s.id, startYear: y, decisionDate, issuer: 'Chủ tịch UBND phường Thử' };
      if (rating !== 'HTNV') awards.push({ ...award, code: 'LDTT', decisionNumber: `${1200 + y - 2000}/QĐ-UBND` });
      if (star) awards.push({ ...award, code: 'CSTDCS', decisionNumber: `${1300 + y - 2000}/QĐ-UBND` });
    }
  }
  await prisma.staffYearRecord.createMany({ data: records });
  await prisma.awardRecord.createMany({ data: awards });
  for (let y = 2021; y < currentYear; y++)
    for (const code of STARS) {
      const initiative = await prisma.initiativeRecord.create({
        data: {
          schoolId,
          startYear: y,
          title: `Biện pháp nâng cao chất lượng dạy học (${code}, năm học ${y}-${y + 1})`,
          level: code === 'GV004' && y >= currentYear - 2 ? 'thanh_pho' : 'co_so',
          grade: 'Loại A',
          recognisedOn: day(y + 1, 5, 20),
        },
      });
      await prisma.initiativeAuthorRecord.create({ data: { initiativeId: initiative.id, schoolId, staffId: idOf(code), sharePct: 100 } });
    }
  await prisma.disciplineRecord.create({
    data: { schoolId, staffId: idOf('NV003'), startYear: currentYear - 2, level: 'khien_trach', decidedOn: day(currentYear - 1, 3, 2) },
  });

  // The current year's registration window (closed) and the supplementary one (open 20/11–05/12).
  const window = (kind: 'registration_window' | 'supplementary_window', title: string, from: Date, to: Date) => ({
    schoolId,
    schoolYearId: yearOf(currentYear).id,
    kind,
    title,
    startsOn: from,
    dueOn: to,
    ownerRole: 'staff',
  });
  await prisma.milestone.createMany({
    data: [
      window('registration_window', 'Đăng ký danh hiệu thi đua', day(currentYear, 9, 8), day(currentYear, 9, 30)),
      window('supplementary_window', 'Đăng ký bổ sung danh hiệu thi đua', day(currentYear, 11, 20), day(currentYear, 12, 5)),
    ],
  });
  const usernames: Record<string, string> = {};
  for (const [name, code, role] of ACCOUNTS) {
    const user = await buildUser(prisma, schoolId, { staffId: code ? idOf(code) : undefined, isAdmin: !code, displayName: code ? NAMED[code] : 'Quản trị' });
    if (code && role) await buildCouncilMember(prisma, schoolId, yearOf(currentYear).id, idOf(code), role);
    usernames[name] = user.username;
  }
  return { schoolId, usernames, idOf };
}
