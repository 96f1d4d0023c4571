// Test factories for initiatives: a school year with an initiative council and submitted initiatives.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { buildPerson, buildSchool } from './factories.ts';

type Status = 'draft' | 'submitted' | 'under_review' | 'scored' | 'recognised';

/** An initiative of the school year by the given authors (shares in %), in the given status. */
export async function buildInitiative(
  prisma: PrismaClient,
  o: {
    schoolId: string;
    schoolYear: { id: string; startYear: number };
    authors: { staffId: string; sharePct: number }[];
    status?: Status;
    title?: string;
    field?: string;
  },
) {
  const initiative = await prisma.initiativeRecord.create({
    data: {
      schoolId: o.schoolId,
      schoolYearId: o.schoolYear.id,
      startYear: o.schoolYear.startYear,
      title: o.title ?? `Sáng kiến ${Math.random().toString(36).slice(2, 8)}`,
      field: o.field ?? 'Toán',
      level: 'co_so',
      source: 'submission',
      status: o.status ?? 'submitted',
      problem: 'Học sinh lớp 3 còn chậm khi tính nhẩm.',
      solution: 'Trò chơi tính nhẩm mỗi ngày năm phút.',
      novelty: 'Lần đầu áp dụng ở khối 3.',
      benefits: 'Tỉ lệ học sinh tính nhẩm đúng tăng.',
      beforeFigures: '45% đúng',
      afterFigures: '82% đúng',
      submittedAt: new Date(),
      recognisedOn: o.status === 'recognised' ? new Date(Date.UTC(o.schoolYear.startYear + 1, 4, 20)) : null,
    },
  });
  await prisma.initiativeAuthorRecord.createMany({
    data: o.authors.map((a) => ({ initiativeId: initiative.id, schoolId: o.schoolId, staffId: a.staffId, sharePct: a.sharePct })),
  });
  return initiative;
}

/** A school (years 2025, 2026) with a chair, a secretary, three initiative council members and a teacher. */
export async function buildInitiativeSchool(prisma: PrismaClient) {
  const { school, yearOf } = await buildSchool(prisma, { years: [2025, 2026] });
  const year = yearOf(2026);
  const person = (role?: 'chair' | 'secretary' | 'initiative_council', fullName?: string) =>
    buildPerson(prisma, school.id, { role, schoolYearId: year.id, fullName });
  const chair = await person('chair', 'Nguyễn Thúy Hà');
  const secretary = await person('secretary', 'Trần Minh Thư');
  const members = [
    await person('initiative_council', 'Lê Văn Bình'),
    await person('initiative_council', 'Phạm Thị Cúc'),
    await person('initiative_council', 'Đỗ Quang Dũng'),
  ];
  const teacher = await person(undefined, 'Hoàng Thị Mai');
  return { school, year, chair, secretary, members, teacher };
}
