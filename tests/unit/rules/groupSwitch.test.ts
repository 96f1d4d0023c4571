// The rule-set editor's switch between a single criterion and a group, as the engine sees it: the title form applied
// to rule set 2 (the cells the editor renders, some changed), then verdicts over a handful of people. Wrapping a
// criterion in a group or unwrapping a group of one changes no verdict by itself; the group it makes then decides as
// any group does (a criterion added to it becomes an alternative), and an unwrapped group's criterion decides alone.
import { describe, expect, it } from 'vitest';
import {
  LUAT_2022_ND_152,
  createEvaluation,
  indexFacts,
  parseRuleSet,
  type AwardCode,
  type CriterionResult,
  type RuleSet,
  type StaffFacts,
} from '../../../src/domain/rules/index.ts';
import { addCriterionRow } from '../../../src/domain/rules/authoring/addCriterionRow.ts';
import { applyTitleForm, type EditResult } from '../../../src/domain/rules/authoring/applyTitleForm.ts';
import { titleEditor } from '../../../src/features/rules/ruleAuthoring.presenter.ts';
import { buildInitiative, buildStaff, buildYear, yearsWithAward } from './factories.ts';

const Y = 2025; // evaluated on 31/05/2026, inside rule set 2's period

/** The title form as the editor renders it (every cell with its current value), with `changes` applied. */
function shownForm(rs: RuleSet, code: string, changes: Record<string, string>): Record<string, string> {
  const editor = titleEditor(rs, code, null);
  const form: Record<string, string> = { structure: editor.structure, combinator: editor.combinator };
  for (const r of editor.rows) {
    form[`r${r.index}.kind`] = r.kind.value;
    form[`r${r.index}.parent`] = r.parent.value;
    for (const [k, v] of Object.entries(r.basis)) form[`r${r.index}.basis.${k}`] = v;
    for (const s of r.slots) form[s.name] = s.value;
  }
  return { ...form, ...changes };
}

/** The rule set after an accepted edit. */
function saved(result: EditResult): RuleSet {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  // Authored sets are stored as JSON and read back through the schema and the compiler.
  expect(parseRuleSet(JSON.parse(JSON.stringify(result.ruleSet)))).toMatchObject({ ok: true });
  return result.ruleSet;
}

/** Each person's verdict for `code` under `rs` alone. */
function statuses(rs: RuleSet, staff: StaffFacts[], code: AwardCode): Record<string, string> {
  const evaluation = createEvaluation(indexFacts({ staff, collectives: [] }), [rs], { year: Y });
  expect(evaluation.ruleSet).toBe(rs);
  return Object.fromEntries(staff.map((s) => [s.id, evaluation.verdict(s.id, code).status]));
}

/** A verdict's criteria as kinds, groups as { kind: [members] }. */
function shape(results: readonly CriterionResult[]): unknown[] {
  return results.map((r) => (r.children ? { [r.kind]: shape(r.children) } : r.kind));
}

const people = [
  // CSTĐCS in the two years before and eligible now, HTXSNV both years, no initiative.
  buildStaff('chain-excellent', [...yearsWithAward('CSTDCS', [Y - 2, Y - 1], { rating: 'HTXSNV' }), buildYear(Y, { rating: 'HTXSNV' })]),
  // The same chain with a Thành phố initiative this year.
  buildStaff('chain-initiative', [
    ...yearsWithAward('CSTDCS', [Y - 2, Y - 1], { rating: 'HTXSNV' }),
    buildYear(Y, { rating: 'HTXSNV', initiatives: [buildInitiative('thanh_pho')] }),
  ]),
  // Rated HTTNV with a cơ sở initiative: CSTĐCS by the initiative alone.
  buildStaff('good-initiative', [buildYear(Y, { initiatives: [buildInitiative('co_so')] })]),
  // Rated HTXSNV, nothing else.
  buildStaff('excellent', [buildYear(Y, { rating: 'HTXSNV' })]),
];

describe('a criterion turned into a group', () => {
  // CSTĐ Thành phố: row 0 three CSTĐCS in a row, row 1 a Thành phố initiative.
  const wrapped = saved(applyTitleForm(LUAT_2022_ND_152, 'CSTD_TP', shownForm(LUAT_2022_ND_152, 'CSTD_TP', { 'r1.kind': 'anyOf' })));

  it('keeps its parameters and decides as before while the group holds only it', () => {
    const title = wrapped.titles.find((t) => t.code === 'CSTD_TP')!;
    const original = LUAT_2022_ND_152.titles.find((t) => t.code === 'CSTD_TP')!;
    expect(title.criteria).toEqual([original.criteria[0], { kind: 'anyOf', of: [original.criteria[1]], basis: original.criteria[1]!.basis }]);
    expect(wrapped.parameters).toEqual(LUAT_2022_ND_152.parameters);
    expect(statuses(wrapped, people, 'CSTD_TP')).toEqual(statuses(LUAT_2022_ND_152, people, 'CSTD_TP'));
    const v = createEvaluation(indexFacts({ staff: people, collectives: [] }), [wrapped], { year: Y }).verdict('chain-initiative', 'CSTD_TP');
    expect(shape(v.criteria)).toEqual(['noPendingProceedings', 'consecutiveTitle', { anyOf: ['initiativesInWindow'] }]); // the general criterion first
  });

  it('then takes an alternative: HTXSNV two years running now stands in for the initiative', () => {
    // The new group is row 1; "Xếp loại liên tục nhiều năm" (HTXSNV, 2 years) is added into it.
    const widened = saved(addCriterionRow(wrapped, 'CSTD_TP', 'consecutiveRating', 1));
    // The two without earlier years stay undecided (missing data) under both.
    expect(statuses(LUAT_2022_ND_152, people, 'CSTD_TP')).toMatchObject({ 'chain-excellent': 'not_eligible', 'chain-initiative': 'eligible' });
    expect(statuses(widened, people, 'CSTD_TP')).toMatchObject({ 'chain-excellent': 'eligible', 'chain-initiative': 'eligible' });
  });
});

describe('a group turned into its only criterion', () => {
  // CSTĐCS: row 0 LĐTT, row 1 any of (2 HTXSNV, 3 initiative, 4 research).
  const form = (changes: Record<string, string>) => applyTitleForm(LUAT_2022_ND_152, 'CSTDCS', shownForm(LUAT_2022_ND_152, 'CSTDCS', changes));

  it('is refused while the group holds three criteria', () => {
    expect(form({ 'r1.kind': 'single' })).toEqual({ ok: false, errors: { 'r1.kind': expect.stringMatching(/^Nhóm này có 3 điều kiện/) as string } });
  });

  it('with the other two removed, HTXSNV alone decides: an initiative no longer makes up for a lower rating', () => {
    const single = saved(form({ 'r1.kind': 'single', 'r3.remove': 'on', 'r4.remove': 'on' }));
    const title = single.titles.find((t) => t.code === 'CSTDCS')!;
    expect(title.criteria.map((c) => c.kind)).toEqual(['titleInYear', 'ratingAtLeast']);
    expect(single.parameters['cstdcs.altRating']).toEqual(LUAT_2022_ND_152.parameters['cstdcs.altRating']);
    expect(single.parameters['cstdcs.initiativeLevel']).toBeUndefined(); // only the removed row read it
    expect(statuses(LUAT_2022_ND_152, people, 'CSTDCS')).toMatchObject({ 'good-initiative': 'eligible', excellent: 'eligible' });
    expect(statuses(single, people, 'CSTDCS')).toMatchObject({ 'good-initiative': 'not_eligible', excellent: 'eligible' });
    const v = createEvaluation(indexFacts({ staff: people, collectives: [] }), [single], { year: Y }).verdict('excellent', 'CSTDCS');
    expect(shape(v.criteria)).toEqual(['noPendingProceedings', 'titleInYear', 'ratingAtLeast']);
  });

  it('a collective title switches the same way (its own leaf kinds)', () => {
    // TTLĐTT's first row into an "all of" group, then back.
    const t = saved(applyTitleForm(LUAT_2022_ND_152, 'TTLDTT', shownForm(LUAT_2022_ND_152, 'TTLDTT', { 'r0.kind': 'allOf' })));
    const grouped = t.titles.find((x) => x.code === 'TTLDTT')!.criteria;
    expect(grouped[0]).toMatchObject({ kind: 'allOf', of: [LUAT_2022_ND_152.titles.find((x) => x.code === 'TTLDTT')!.criteria[0]] });
    const back = saved(applyTitleForm(t, 'TTLDTT', shownForm(t, 'TTLDTT', { 'r0.kind': 'single' })));
    expect(back.titles.find((x) => x.code === 'TTLDTT')).toEqual(LUAT_2022_ND_152.titles.find((x) => x.code === 'TTLDTT'));
  });
});
