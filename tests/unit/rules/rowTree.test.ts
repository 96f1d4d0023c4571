// The title editor's rows rebuilt into a tree from each row's "Đặt vào" (r<i>.parent), "Bỏ dòng này" and "Loại điều
// kiện" (r<i>.kind: a leaf becomes a group holding it, a group holding one criterion becomes that criterion) cells.
import { describe, expect, it } from 'vitest';
import { flattenCriteria } from '../../../src/domain/rules/authoring/criterionRows.ts';
import type { Criterion } from '../../../src/domain/rules/authoring/criterionKinds.ts';
import { assembleTree, currentParents, readRowTree, type RowTree } from '../../../src/domain/rules/authoring/rowTree.ts';

const basis = { document: 'Luật', article: 'Điều 1', certainty: 'V' as const };
const leaf = { kind: 'researchInYear', requireApplied: false, basis } as Criterion;
const group = (kind: 'allOf' | 'anyOf', of: Criterion[]) => ({ kind, of, basis }) as Criterion;
// Rows: 0 leaf, 1 any of (2 leaf, 3 all of (4 leaf)), 5 all of (6 leaf).
const rows = flattenCriteria([leaf, group('anyOf', [leaf, group('allOf', [leaf])]), group('allOf', [leaf])]);
const CYCLE = 'Không thể đặt một nhóm vào chính nó hoặc vào một nhóm nằm trong nó.';
const ORPHAN = 'Chọn một nhóm điều kiện có trong danh hiệu (hoặc cấp ngoài cùng).';
/** The form's "Đặt vào" cells as shown, with `cells` changed. */
function parents(cells: Record<string, string>): Record<string, string> {
  const shown = currentParents(rows).map((p, i): [string, string] => [`r${i}.parent`, p === null ? '' : String(p)]);
  return { ...Object.fromEntries(shown), ...cells };
}

describe('readRowTree', () => {
  it('reads the tree as shown when nothing changed, and keeps a row where it was when its cell is missing', () => {
    expect(currentParents(rows)).toEqual([null, null, 1, 1, 3, null, 5]);
    const errors = {};
    expect(readRowTree(rows, parents({}), errors)).toEqual({
      parent: [null, null, 1, 1, 3, null, 5],
      removed: Array(7).fill(false),
      switched: Array(7).fill(null),
    });
    expect(readRowTree(rows, {}, errors)?.parent).toEqual([null, null, 1, 1, 3, null, 5]);
    expect(errors).toEqual({});
  });

  it('moves rows into and out of groups', () => {
    expect(readRowTree(rows, parents({ 'r0.parent': '5', 'r4.parent': '' }), {})?.parent).toEqual([5, null, 1, 1, null, null, 5]);
  });

  it('refuses a group inside its own member group, beside the row that was moved only', () => {
    const errors: Record<string, string> = {};
    expect(readRowTree(rows, parents({ 'r1.parent': '3' }), errors)).toBeNull();
    expect(errors).toEqual({ 'r1.parent': CYCLE });
  });

  it('refuses a three-group cycle beside each moved row, and a group inside itself', () => {
    const errors: Record<string, string> = {};
    expect(readRowTree(rows, parents({ 'r1.parent': '5', 'r5.parent': '3' }), errors)).toBeNull();
    expect(errors).toEqual({ 'r1.parent': CYCLE, 'r5.parent': CYCLE });
    const self: Record<string, string> = {};
    readRowTree(rows, parents({ 'r5.parent': '5' }), self);
    expect(self).toEqual({ 'r5.parent': CYCLE });
  });

  it('refuses an orphan: a parent that is a leaf, a missing row or not a number', () => {
    const errors: Record<string, string> = {};
    expect(readRowTree(rows, parents({ 'r0.parent': '2', 'r2.parent': '99', 'r6.parent': '<b>' }), errors)).toBeNull();
    expect(errors).toEqual({ 'r0.parent': ORPHAN, 'r2.parent': ORPHAN, 'r6.parent': ORPHAN });
  });

  it('removes a group with the rows left inside it, not with the rows moved out', () => {
    const tree = readRowTree(rows, parents({ 'r1.remove': 'on', 'r2.parent': '' }), {});
    expect(tree?.removed).toEqual([false, true, false, true, true, false, false]);
  });
});

describe('switching a row between a single criterion and a group', () => {
  // Distinct leaves, so the assembled tree shows which row went where: 0 a, 1 any of (2 b, 3 all of (4 c)), 5 all of (6 d).
  const named = (name: string) => ({ kind: 'ratingAtLeast', rating: name, basis: { ...basis, article: `Điều ${name}` } }) as Criterion;
  const tree = flattenCriteria([named('a'), group('anyOf', [named('b'), group('allOf', [named('c')])]), group('allOf', [named('d')])]);
  /** The criteria as the form says, each row built as it was (a group with its new members). */
  const assemble = (t: RowTree) => assembleTree(tree, t, (r, of) => (of.length ? ({ ...r.criterion, of } as Criterion) : r.criterion));
  /** Leaves by their rating, groups as { kind: [members] }. */
  const shape = (list: Criterion[]): unknown[] =>
    list.map((c) => ('of' in c ? { [c.kind]: shape(c.of as Criterion[]) } : (c as unknown as { rating: string }).rating));
  const read = (cells: Record<string, string>, errors: Record<string, string> = {}) => readRowTree(tree, parents(cells), errors);

  it('reads the switches: a leaf choosing a group kind, a group choosing "single"; other kinds switch nothing', () => {
    const t = read({ 'r0.kind': 'anyOf', 'r2.kind': 'allOf', 'r3.kind': 'single', 'r6.kind': 'maxLeaveDays', 'r5.kind': 'anyOf' });
    expect(t?.switched).toEqual(['anyOf', null, 'allOf', 'single', null, null, null]);
  });

  it('a leaf turned into a group becomes a group of that kind holding it, in its place, with its legal basis', () => {
    const list = assemble(read({ 'r0.kind': 'anyOf', 'r6.kind': 'allOf' })!);
    expect(shape(list)).toEqual([{ anyOf: ['a'] }, { anyOf: ['b', { allOf: ['c'] }] }, { allOf: [{ allOf: ['d'] }] }]);
    expect(list[0]).toEqual({ kind: 'anyOf', of: [named('a')], basis: named('a').basis });
  });

  it('a group holding one criterion is replaced by it (a nested group by its only group, too)', () => {
    expect(shape(assemble(read({ 'r3.kind': 'single', 'r5.kind': 'single' })!))).toEqual(['a', { anyOf: ['b', 'c'] }, 'd']);
    // The "any of" group left with only its inner group (b moved out): the inner group takes its place.
    expect(shape(assemble(read({ 'r1.kind': 'single', 'r2.parent': '' })!))).toEqual(['a', { allOf: ['c'] }, 'b', { allOf: ['d'] }]);
  });

  it('a group holding several criteria is refused beside its kind; one holding none is refused too', () => {
    const errors: Record<string, string> = {};
    expect(read({ 'r1.kind': 'single' }, errors)).toBeNull();
    expect(errors).toEqual({
      'r1.kind':
        'Nhóm này có 2 điều kiện nên không đổi được thành một điều kiện. Hãy chuyển các điều kiện khác ra khỏi nhóm hoặc bỏ chúng, để nhóm chỉ còn một điều kiện.',
    });
    // A criterion moved into the group in the same form counts as a member.
    const moved: Record<string, string> = {};
    expect(read({ 'r5.kind': 'single', 'r0.parent': '5' }, moved)).toBeNull();
    expect(moved['r5.kind']).toMatch(/^Nhóm này có 2 điều kiện/);
    const empty: Record<string, string> = {};
    expect(read({ 'r5.kind': 'single', 'r6.remove': 'on' }, empty)).toBeNull();
    expect(empty).toEqual({ 'r5.kind': 'Nhóm không còn điều kiện nào để giữ lại: hãy bỏ dòng này thay vì đổi thành một điều kiện.' });
  });

  it("counts the members after the same form's moves and removals; a removed group is not switched", () => {
    // b removed and the inner "all of" group turned into c: the "any of" group then holds one criterion, c.
    expect(shape(assemble(read({ 'r1.kind': 'single', 'r2.remove': 'on', 'r3.kind': 'single' })!))).toEqual(['a', 'c', { allOf: ['d'] }]);
    expect(shape(assemble(read({ 'r5.kind': 'single', 'r5.remove': 'on' })!))).toEqual(['a', { anyOf: ['b', { allOf: ['c'] }] }]);
  });

  it('turning a criterion into a group and back gives the same criteria', () => {
    const wrapped = assemble(read({ 'r2.kind': 'anyOf' })!);
    const again = flattenCriteria(wrapped);
    const back = assembleTree(again, readRowTree(again, { 'r2.kind': 'single' }, {})!, (r, of) =>
      of.length ? ({ ...r.criterion, of } as Criterion) : r.criterion,
    );
    expect(back).toEqual(assemble(read({})!));
  });
});
