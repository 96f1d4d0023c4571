// The factories build the parents they need with unique values, and keep every row inside its parent's school.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.ts';
import {
  buildAwardRecord,
  buildCollective,
  buildCollectiveYearRecord,
  buildDisciplineRecord,
  buildMilestone,
  buildPendingProceeding,
  buildResearchRecord,
  buildRuleParameterOverride,
  buildSchool,
  buildStaff,
  buildStaffYearRecord,
} from '../support/factories.ts';
import { readOverrideValue } from '../../src/features/rules/parameterOverrideJson.ts';

const db = useTestDatabase();

describe('factories', () => {
  it('build every record twice without a clash, each with parents of its own', async () => {
    const prisma = db.current.prisma;
    const builders = [
      () => buildStaffYearRecord(prisma),
      () => buildAwardRecord(prisma),
      () => buildDisciplineRecord(prisma),
      () => buildPendingProceeding(prisma),
      () => buildResearchRecord(prisma),
      () => buildCollectiveYearRecord(prisma),
      () => buildMilestone(prisma),
      () => buildRuleParameterOverride(prisma),
    ];
    for (const build of builders) {
      const [a, b] = [await build(), await build()];
      expect(a.schoolId).not.toBe(b.schoolId);
    }
  });

  it('take the school of the parent they are given (composite foreign keys hold)', async () => {
    const prisma = db.current.prisma;
    const { school, yearOf } = await buildSchool(prisma, { years: [2025] });
    const staff = await buildStaff(prisma, school.id);
    const collective = await buildCollective(prisma, { schoolId: school.id });
    const rows = [
      await buildStaffYearRecord(prisma, { staffId: staff.id }),
      await buildStaffYearRecord(prisma, { staffId: staff.id, startYear: 2024 }),
      await buildAwardRecord(prisma, { staffId: staff.id }),
      await buildAwardRecord(prisma, { staffId: staff.id }),
      await buildDisciplineRecord(prisma, { staffId: staff.id }),
      await buildPendingProceeding(prisma, { staffId: staff.id }),
      await buildResearchRecord(prisma, { staffId: staff.id }),
      await buildResearchRecord(prisma, { staffId: staff.id }),
      await buildCollectiveYearRecord(prisma, { collectiveId: collective.id }),
      await buildMilestone(prisma, { schoolYearId: yearOf(2025).id }),
    ];
    expect(rows.map((r) => r.schoolId)).toEqual(rows.map(() => school.id));
    const override = await buildRuleParameterOverride(prisma, { schoolId: school.id, value: 35 });
    expect(readOverrideValue(override.value)).toBe(35);
    expect(override.value).toEqual({ version: 1, value: 35 });
  });
});
