// The title editor's rows rebuilt into a tree from each row's "Đặt vào" (r<i>.parent) and "Bỏ dòng này" cells.
import { describe, expect, it } from 'vitest';
import { flattenCriteria } from '../../../src/domain/rules/authoring/criterionRows.ts';
import type { Criterion } from '../../../src/domain/rules/authoring/criterionKinds.ts';
import { currentParents, readRowTree } from '../../../src/domain/rules/authoring/rowTree.ts';

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
    expect(readRowTree(rows, parents({}), errors)).toEqual({ parent: [null, null, 1, 1, 3, null, 5], removed: Array(7).fill(false) });
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
