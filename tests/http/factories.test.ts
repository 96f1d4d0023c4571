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
import { modelFactories } from '../support/modelFactories.ts';
import { readFileSync } from 'node:fs';

const db = useTestDatabase();

/** The models of prisma/schema.prisma, read from the schema itself so a model added there is seen at once. */
const schemaModels = () => [...readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);

/** The models without a factory, and the registry's entries that name no model (a rename or a removal). */
function registryProblems(models: string[], registry: Record<string, unknown>): string[] {
  const known = new Set(models);
  return [
    ...models
      .filter((m) => !(m in registry))
      .map((m) => `${m} has no factory: add one to the tests/support factory file of its area and its line to tests/support/modelFactories.ts`),
    ...Object.keys(registry)
      .filter((m) => !known.has(m))
      .map((m) => `${m} is in tests/support/modelFactories.ts but not in prisma/schema.prisma: remove or rename it`),
  ];
}

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

  it('cover every model of prisma/schema.prisma (a model without a factory fails, named)', () => {
    expect(schemaModels().length).toBeGreaterThan(50);
    expect(registryProblems(schemaModels(), modelFactories)).toEqual([]);
  });

  it('the coverage check itself names a missing model and a stale entry', () => {
    expect(registryProblems(['School', 'Complaint'], { School: 1, Petition: 1 })).toEqual([
      'Complaint has no factory: add one to the tests/support factory file of its area and its line to tests/support/modelFactories.ts',
      'Petition is in tests/support/modelFactories.ts but not in prisma/schema.prisma: remove or rename it',
    ]);
  });

  it('each model factory makes a valid row inside the fresh school it is given, and no other school', async () => {
    const prisma = db.current.prisma;
    const failures: string[] = [];
    for (const [model, build] of Object.entries(modelFactories)) {
      const { school } = await buildSchool(prisma, { years: [2026] });
      const schoolsBefore = await prisma.school.count();
      try {
        const row = await build(prisma, { schoolId: school.id });
        const made = (await prisma.school.count()) - schoolsBefore;
        if (made !== (model === 'School' ? 1 : 0)) failures.push(`${model}: made ${made} other school(s)`);
        if (model !== 'School' && 'schoolId' in row && row.schoolId !== school.id) failures.push(`${model}: row in another school`);
      } catch (error) {
        failures.push(`${model}: ${error instanceof Error ? error.message.split('\n').slice(-3).join(' ') : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
