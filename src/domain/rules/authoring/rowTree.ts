// The tree of a title's rows as the submitted form says it: each row names its group ("r<i>.parent": a group's row
// number, or '' for the top level), may be marked for removal, and may switch between a single criterion and a group
// ("r<i>.kind": a leaf choosing "all of"/"any of" becomes a new group holding it; a group choosing "single" is
// replaced by its only member). A parent that is not a group row of the form is refused (an orphan), and so is a
// group put inside itself or inside one of its own members (a cycle), and a group turned into a single criterion
// while it holds several (or none). A row left inside a removed group goes with it, as the editor has always done.
import { cell, type Errors, type FormCells } from './basisFields.ts';
import { isGroup, type Criterion, type GroupKind } from './criterionKinds.ts';
import type { CriterionRow } from './criterionRows.ts';

/** The "Loại điều kiện" value that turns a group into its only member. */
export const SINGLE = 'single';

/** What a row becomes: a leaf wrapped in a new group of that kind, a group replaced by its only member, or itself. */
export type RowSwitch = GroupKind | typeof SINGLE | null;

export interface RowTree {
  /** The row number of each row's group (null: the top level). */
  parent: (number | null)[];
  /** Rows removed, by their own checkbox or with their group. */
  removed: boolean[];
  /** Each row's switch between a single criterion and a group (null: it keeps its shape). */
  switched: RowSwitch[];
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
const EMPTY = 'Nhóm không còn điều kiện nào để giữ lại: hãy bỏ dòng này thay vì đổi thành một điều kiện.';
const several = (n: number) =>
  `Nhóm này có ${n} điều kiện nên không đổi được thành một điều kiện. Hãy chuyển các điều kiện khác ra khỏi nhóm hoặc bỏ chúng, để nhóm chỉ còn một điều kiện.`;

/** The switch each row's "Loại điều kiện" cell asks for (other values are the leaf kinds, checked by the caller). */
function readSwitches(rows: readonly CriterionRow[], form: FormCells): RowSwitch[] {
  return rows.map((r) => {
    const kind = cell(form, `r${r.index}.kind`);
    if (!isGroup(r.criterion)) return kind === 'allOf' || kind === 'anyOf' ? kind : null;
    return kind === SINGLE ? SINGLE : null;
  });
}

/** The rows' groups, removals and switches read from the form, or the errors beside the rows' fields. */
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
  const tree: RowTree = { parent, removed: rows.map((_, i) => isRemoved(i)), switched: readSwitches(rows, form) };
  // A group becomes its only member: counted after this form's moves and removals, so the other members can be
  // moved out or removed in the same save.
  let refused = false;
  for (const r of rows) {
    if (tree.switched[r.index] !== SINGLE || tree.removed[r.index]) continue;
    const members = rows.filter((m) => !tree.removed[m.index] && parent[m.index] === r.index).length;
    if (members === 1) continue;
    errors[`r${r.index}.kind`] = members === 0 ? EMPTY : several(members);
    refused = true;
  }
  return refused ? null : tree;
}

/** How a kept row is built: `of` holds a group's members, already built (empty for a leaf). */
export type BuildRow = (row: CriterionRow, of: Criterion[]) => Criterion;

/**
 * The criteria the tree stands for: the kept rows under their groups in the order the editor showed them, each
 * built by `build`; a leaf switched to a group becomes a group of that kind holding it (its parameters and legal
 * basis kept, the basis also the group's), and a group switched to a single criterion is replaced by its only member
 * (readRowTree made sure there is exactly one).
 */
export function assembleTree(rows: readonly CriterionRow[], tree: RowTree, build: BuildRow): Criterion[] {
  const membersOf = (group: number | null): Criterion[] => rows.filter((r) => !tree.removed[r.index] && tree.parent[r.index] === group).map(one);
  const one = (r: CriterionRow): Criterion => {
    const of = isGroup(r.criterion) ? membersOf(r.index) : [];
    const to = tree.switched[r.index] ?? null;
    if (to === SINGLE) return of[0]!;
    const built = build(r, of);
    return to === null ? built : ({ kind: to, of: [built], basis: built.basis } as Criterion);
  };
  return membersOf(null);
}
