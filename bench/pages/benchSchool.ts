// One school of the page benchmark's data: 80 staff with accounts in six groups, and for each school year its council,
// records, awards, collective ratings, declared record coverage, initiatives, registrations, nominations with their
// achievement reports, for past years a held meeting with a closed ballot round and the dossier sent upward, and an
// audit trail. Every value comes from the school's own seeded generator, so a school's data never depend on another's.
import { randomUUID } from 'node:crypto';
import { schoolYearDates } from '../../src/domain/schoolYear.ts';
import { foldForSearch } from '../../src/domain/text.ts';
import { councilRows, meetingRows, VOTERS } from './benchCouncil.ts';
import { dossierRows, type DossierFiles } from './benchDossiers.ts';
import { vietnameseName } from './benchNames.ts';
import type { BenchRows } from './benchRows.ts';

export const STAFF_PER_SCHOOL = 80;
const GROUPS = ['Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4', 'Tổ 5', 'Tổ Văn phòng'];
const COVERAGE_KINDS = ['ratings', 'titles', 'discipline', 'initiatives', 'research'] as const;

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Appends one school's rows: `s` is its index, `years` the start years (oldest first, the last is the current one). */
export function addSchool(rows: BenchRows, s: number, years: number[], hash: string, rnd: () => number, files: DossierFiles): void {
  const schoolId = randomUUID();
  const schoolName = `Trường Tiểu học Thử nghiệm số ${s + 1}`;
  rows.schools.push({
    id: schoolId,
    code: `BENCH${s}`,
    name: schoolName,
    governingBody: 'UBND PHƯỜNG THỬ NGHIỆM',
    address: `${s + 1} phố Thử, Hà Nội`,
    placeName: 'Hà Nội',
    documentPrefix: `TH${s}`,
  });
  const yearIds = new Map<number, string>();
  for (const y of years) {
    const id = randomUUID();
    yearIds.set(y, id);
    rows.years.push({ id, schoolId, startYear: y, ...schoolYearDates(y), governingBody: 'UBND PHƯỜNG THỬ NGHIỆM', upperCouncil: 'HĐTĐKT phường' });
  }
  const groupIds = GROUPS.map((name, i) => {
    const id = randomUUID();
    rows.collectives.push({ id, schoolId, name, kind: i === GROUPS.length - 1 ? 'office' : 'grade_group', sortOrder: i });
    return id;
  });
  rows.collectives.push({ id: randomUUID(), schoolId, name: 'Trường', kind: 'school', sortOrder: 99 });
  const staffIds: string[] = [];
  const chairUserId = randomUUID();
  for (let i = 0; i < STAFF_PER_SCHOOL; i++) {
    const id = randomUUID();
    staffIds.push(id);
    const fullName = vietnameseName(rnd);
    const female = rnd() < 0.75;
    rows.staff.push({
      id,
      schoolId,
      code: `GV${String(i + 1).padStart(3, '0')}`,
      fullName,
      searchName: foldForSearch(fullName),
      gender: female ? 'female' : 'male',
      birthDate: day(1970 + Math.floor(rnd() * 30), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
      position: i === 0 ? 'Hiệu trưởng' : i === 1 ? 'Phó Hiệu trưởng' : 'Giáo viên',
      collectiveId: groupIds[i % groupIds.length],
      contractType: rnd() < 0.85 ? 'civil_servant' : 'contract',
    });
    rows.users.push({ id: i === 0 ? chairUserId : randomUUID(), schoolId, username: `s${s}-${i}`, passwordHash: hash, displayName: fullName, staffId: id });
  }
  rows.users.push({ schoolId, username: `s${s}-admin`, passwordHash: hash, displayName: 'Quản trị', isAdmin: true });
  const current = years[years.length - 1]!;
  for (const y of years) {
    const yearId = yearIds.get(y)!;
    const past = y < current;
    councilRows(rows, { schoolId, yearId, year: y, staffIds, prefix: `TH${s}` });
    if (past) {
      for (const kind of COVERAGE_KINDS) rows.coverage.push({ schoolId, kind, startYear: y, source: 'import' });
      groupIds.forEach((collectiveId, g) =>
        rows.collectiveYears.push({ schoolId, collectiveId, startYear: y, rating: (g + y) % 3 === 0 ? 'HTXSNV' : 'HTTNV' }),
      );
    }
    for (let i = 0; i < STAFF_PER_SCHOOL; i++) {
      const staffId = staffIds[i]!;
      const r = rnd();
      const rating = r < 0.3 ? 'HTXSNV' : r < 0.85 ? 'HTTNV' : r < 0.97 ? 'HTNV' : 'KHTNV';
      rows.yearRecords.push({
        schoolId,
        staffId,
        startYear: y,
        rating: past ? rating : null,
        monthsWorked: past ? 12 : null,
        leaveDays: past ? Math.floor(rnd() * 8) : null,
        collectiveId: groupIds[i % groupIds.length],
      });
      if (past && rating !== 'HTNV' && rating !== 'KHTNV') {
        rows.awards.push({
          schoolId,
          staffId,
          startYear: y,
          code: 'LDTT',
          decisionNumber: `${100 + (y % 100)}/QĐ-TH${s}`,
          decisionDate: day(y + 1, 6, 5),
          issuer: 'Hiệu trưởng',
        });
      }
      const registrationId = randomUUID();
      rows.registrations.push({
        id: registrationId,
        schoolId,
        schoolYearId: yearId,
        subject: 'staff',
        staffId,
        commitments: 'Hoàn thành xuất sắc nhiệm vụ năm học; tham gia các phong trào thi đua.',
        status: past ? 'approved' : i % 3 === 0 ? 'draft' : 'submitted',
        submittedAt: past || i % 3 ? day(y, 10, 1) : null,
      });
      rows.registrationAwards.push({ registrationId, kind: 'title', code: i % 5 === 0 ? 'CSTDCS' : 'LDTT', position: 0 });
    }
    for (let k = 0; k < 8; k++) {
      const id = randomUUID();
      const authorId = staffIds[(k * 7 + y) % STAFF_PER_SCHOOL]!;
      const submission = !past;
      rows.initiatives.push({
        id,
        schoolId,
        startYear: y,
        title: `Sáng kiến ${k + 1} năm học ${y}-${y + 1}: nâng cao chất lượng dạy học`,
        level: 'co_so',
        grade: submission ? null : 'B',
        recognisedOn: submission ? null : day(y + 1, 5, 20),
        source: submission ? 'submission' : 'import',
        status: submission ? 'submitted' : 'recognised',
        schoolYearId: yearId,
        field: 'Giáo dục tiểu học',
        problem: 'Học sinh chưa chủ động trong giờ học.',
        solution: 'Tổ chức học theo nhóm nhỏ với phiếu học tập.',
        submittedAt: day(y, 11, 15),
      });
      rows.authors.push({ initiativeId: id, schoolId, staffId: authorId, sharePct: 100 });
    }
    const nominated = staffIds.slice(3, 33);
    const nominationIds = nominated.map((staffId, n) => {
      const id = randomUUID();
      rows.nominations.push({
        id,
        schoolId,
        schoolYearId: yearId,
        staffId,
        code: n < 8 ? 'CSTDCS' : 'LDTT',
        summary: 'Hoàn thành xuất sắc nhiệm vụ.',
        verdict: { status: 'eligible', summary: 'Đủ điều kiện.', reasons: [], ruleSetId: null },
        verdictStatus: 'eligible',
        status: past ? 'approved' : 'proposed',
      });
      if (n < 8) {
        rows.reports.push({
          nominationId: id,
          schoolId,
          content: {
            gender: 'Nữ',
            hometown: 'Hà Nội',
            qualification: 'Đại học Sư phạm Tiểu học',
            duties: 'Giáo viên chủ nhiệm lớp.',
            achievements: ['Hoàn thành xuất sắc nhiệm vụ.', 'Có sáng kiến được Hội đồng cấp cơ sở công nhận.'],
          },
          ...(past ? { confirmedById: chairUserId, confirmedAt: day(y + 1, 5, 28) } : {}),
        });
      }
      return id;
    });
    if (past) {
      meetingRows(rows, { schoolId, yearId, year: y, nominationIds: nominationIds.slice(0, 8), councilIds: staffIds.slice(0, VOTERS) });
      dossierRows(rows, { schoolId, schoolName, yearId, year: y, receiver: 'HĐTĐKT phường', nominees: 8, files });
    }
    for (let a = 0; a < 60; a++) {
      rows.audit.push({ schoolId, action: 'registration.submit', subject: 'Registration', subjectId: randomUUID(), at: day(y, 10, 1 + (a % 28)) });
    }
  }
}
