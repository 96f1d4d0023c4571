// The tree of a title's rows as the submitted form says it: each row names its group ("r<i>.parent": a group's row
// number, or '' for the top level) and may be marked for removal. A parent that is not a group row of the form is
// refused (an orphan), and so is a group put inside itself or inside one of its own members (a cycle). A row left
// inside a removed group goes with it, as the editor has always done.
import { cell, type Errors, type FormCells } from './basisFields.ts';
import { isGroup } from './criterionKinds.ts';
import type { CriterionRow } from './criterionRows.ts';

export interface RowTree {
  /** The row number of each row's group (null: the top level). */
  parent: (number | null)[];
  /** Rows removed, by their own checkbox or with their group. */
  removed: boolean[];
}

/** Each row's group as the editor shows it (the nearest row above it one level up). */
export function currentParents(rows: readonly CriterionRow[]): (number | null)[] {
  return rows.map((r) => {
    for (let j = r.index - 1; j >= 0; j--) if (rows[j]!.depth === r.depth - 1) return j;
    return null;
  });
}

const ORPHAN = 'Chọn một nhóm điều kiện có trong danh hiệu (hoặc cấp ngoài cùng).';
const CYCLE = 'Không thể đặt một nhóm vào chính nó hoặc vào một nhóm nằm trong nó.';

/** The rows' groups and removals read from the form, or the errors beside the rows' "Đặt vào" fields. */
export function readRowTree(rows: readonly CriterionRow[], form: FormCells, errors: Errors): RowTree | null {
  const before = currentParents(rows);
  const parent = rows.map((r, i): number | null => {
    const name = `r${i}.parent`;
    // A form without the field (an older page) keeps the row where it was.
    if (!Object.hasOwn(form, name)) return before[i]!;
    const raw = cell(form, name);
    if (raw === '') return null;
    const p = /^\d{1,4}$/.test(raw) ? Number(raw) : -1;
    if (p === i) errors[name] = CYCLE;
    else if (!rows[p] || !isGroup(rows[p].criterion)) errors[name] = ORPHAN;
    return p;
  });
  // A cycle: following the groups up from a row comes back to it. The rows of the cycle whose group was changed
  // carry the message (the tree as shown has no cycle, so at least one of them was).
  const inCycle = rows.map((_, i) => {
    let at = parent[i] ?? null;
    for (let steps = 0; at !== null && steps < rows.length; steps++) {
      if (at === i) return true;
      at = parent[at] ?? null;
    }
    return false;
  });
  rows.forEach((_, i) => {
    if (inCycle[i] && parent[i] !== before[i]) errors[`r${i}.parent`] ??= CYCLE;
  });
  if (rows.some((_, i) => errors[`r${i}.parent`])) return null;
  const removed: (boolean | undefined)[] = [];
  const isRemoved = (i: number): boolean => (removed[i] ??= cell(form, `r${i}.remove`) === 'on' || (parent[i] !== null && isRemoved(parent[i]!)));
  return { parent, removed: rows.map((_, i) => isRemoved(i)) };
}
