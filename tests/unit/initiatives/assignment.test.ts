// Conflict-free reviewer assignment: a property test over random councils and author sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAssignments, type AssignableInitiative, type CouncilMemberLoad } from '../../../src/domain/initiatives/assignReviewers.ts';
import { conflictsOf } from '../../../src/domain/initiatives/conflicts.ts';
import { whyNotScore } from '../../../src/domain/initiatives/scorePolicy.ts';

const staffIds = Array.from({ length: 9 }, (_, i) => `s${i}`);
const collectives = ['t1', 't2', 't3'];

const council = fc
  .uniqueArray(fc.constantFrom(...staffIds), { minLength: 0, maxLength: 9 })
  .chain((ids) =>
    fc.tuple(...ids.map((staffId) => fc.record({ staffId: fc.constant(staffId), collectiveId: fc.option(fc.constantFrom(...collectives)), load: fc.nat(4) }))),
  );
const initiatives = fc.array(
  fc.record({
    id: fc.uuid(),
    authorStaffIds: fc.uniqueArray(fc.constantFrom(...staffIds), { minLength: 1, maxLength: 4 }),
    authorCollectiveIds: fc.uniqueArray(fc.constantFrom(...collectives), { maxLength: 2 }),
    recusedStaffIds: fc.uniqueArray(fc.constantFrom(...staffIds), { maxLength: 2 }),
    assignedStaffIds: fc.constant<string[]>([]),
  }),
  { maxLength: 8 },
);

describe('automatic assignment', () => {
  it('never assigns an author, a recused member or (when excluded) a colleague of the same collective; never twice; never more than needed', () => {
    fc.assert(
      fc.property(
        council,
        initiatives,
        fc.integer({ min: 2, max: 3 }),
        fc.boolean(),
        (members: CouncilMemberLoad[], list: AssignableInitiative[], per, excl) => {
          const plan = planAssignments(members, list, per, excl);
          for (const a of plan.assignments) {
            const i = list.find((x) => x.id === a.initiativeId)!;
            const m = members.find((x) => x.staffId === a.staffId)!;
            expect(i.authorStaffIds).not.toContain(a.staffId);
            expect(i.recusedStaffIds).not.toContain(a.staffId);
            if (excl) expect(conflictsOf(m, i)).not.toContain('same_collective');
          }
          const keys = plan.assignments.map((a) => `${a.initiativeId}:${a.staffId}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const i of list) {
            const got = plan.assignments.filter((a) => a.initiativeId === i.id).length;
            const missing = plan.short.find((s) => s.initiativeId === i.id)?.missing ?? 0;
            expect(got + missing).toBe(per);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('balances load: with free members everywhere, loads end at most one apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 1, max: 12 }), (n, k) => {
        const members = staffIds.slice(0, n).map((staffId) => ({ staffId, collectiveId: null, load: 0 }));
        const list = Array.from({ length: k }, (_, i) => ({
          id: `i${i}`,
          authorStaffIds: ['outsider'],
          authorCollectiveIds: [],
          recusedStaffIds: [],
          assignedStaffIds: [],
        }));
        const loads = members.map((m) => planAssignments(members, list, 2, false).assignments.filter((a) => a.staffId === m.staffId).length);
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('an author assigned by hand still cannot open the scoring form: the reason says it is their own initiative', () => {
    const i = { status: 'under_review' as const, authorStaffIds: ['s1'], authorCollectiveIds: [], recusedStaffIds: [], assignedStaffIds: ['s1', 's2'] };
    expect(whyNotScore({ staffId: 's1', collectiveId: null, canScore: true }, i, false)).toBe('initiatives.ownInitiative');
    expect(whyNotScore({ staffId: 's2', collectiveId: null, canScore: true }, i, false)).toBeNull();
    expect(whyNotScore({ staffId: 's3', collectiveId: null, canScore: true }, i, false)).toBe('initiatives.notAssigned');
  });
});
