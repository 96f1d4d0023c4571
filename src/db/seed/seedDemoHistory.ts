// Demo history: five past school years of ratings, titles with their decisions, initiatives and one discipline,
// deterministic (no randomness) so the demo always tells the same stories: Hoàng Thị Mai (giaovien) has no
// CSTĐCS yet; Phạm Thị Lan (uyvien) has CSTĐCS every year and a City-level initiative.
import type { Prisma } from '../../generated/prisma/client.ts';
import { demoYearSettings } from '../../../prisma/seed/demoSchool.ts';

type Tx = Prisma.TransactionClient;
type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Writes the history of `staff` (code → id, collective id) for school years firstYear..lastYear. */
export async function seedDemoHistory(
  tx: Tx,
  schoolId: string,
  staff: Array<{ id: string; code: string; collectiveId: string | null }>,
  firstYear: number,
  lastYear: number,
): Promise<void> {
  const stars = new Set(['GV001', 'GV004', 'GV009', 'GV014', 'GV019', 'GV024', 'GV002']); // CSTĐCS every year
  for (let y = firstYear; y <= lastYear; y++) {
    const issuer = demoYearSettings(y)
      .governingBody.replace('UBND', 'Chủ tịch UBND')
      .replace('QUẬN', 'quận')
      .replace('PHƯỜNG', 'phường')
      .replace('LONG BIÊN', 'Long Biên');
    const decided = day(y + 1, 7, 15);
    for (const [i, s] of staff.entries()) {
      const star = stars.has(s.code);
      const rating: Rating = star || (i + y) % 4 === 0 ? 'HTXSNV' : (i + y) % 9 === 0 ? 'HTNV' : 'HTTNV';
      const maternity = s.code === 'GV006' && y === lastYear - 1 ? 120 : 0;
      await tx.staffYearRecord.create({
        data: {
          schoolId,
          staffId: s.id,
          startYear: y,
          rating,
          monthsWorked: maternity ? 8 : 12,
          leaveDays: (i * 3 + y) % 12,
          maternityLeaveDays: maternity,
          collectiveId: s.collectiveId,
          disciplineChecked: true,
        },
      });
      if (rating !== 'HTNV') {
        await tx.awardRecord.create({
          data: { schoolId, staffId: s.id, startYear: y, code: 'LDTT', decisionNumber: `${1200 + y - 2000}/QĐ-UBND`, decisionDate: decided, issuer },
        });
      }
      if (star) {
        await tx.awardRecord.create({
          data: { schoolId, staffId: s.id, startYear: y, code: 'CSTDCS', decisionNumber: `${1300 + y - 2000}/QĐ-UBND`, decisionDate: decided, issuer },
        });
        const initiative = await tx.initiativeRecord.create({
          data: {
            schoolId,
            startYear: y,
            title: `Biện pháp nâng cao chất lượng dạy học (${s.code}, năm học ${y}-${y + 1})`,
            level: s.code === 'GV004' && y >= lastYear - 1 ? 'thanh_pho' : 'co_so',
            grade: 'Loại A',
            recognisedOn: day(y + 1, 5, 20),
          },
        });
        await tx.initiativeAuthorRecord.create({ data: { initiativeId: initiative.id, schoolId, staffId: s.id, sharePct: 100 } });
      }
    }
  }
  const byCode = new Map(staff.map((s) => [s.code, s.id]));
  const disciplined = byCode.get('NV003');
  if (disciplined)
    await tx.disciplineRecord.create({
      data: { schoolId, staffId: disciplined, startYear: lastYear - 1, level: 'khien_trach', decidedOn: day(lastYear, 3, 2) },
    });
}
