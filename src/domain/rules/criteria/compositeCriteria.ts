// Alternatives ("one of") and conjunctions ("all of") over compiled criteria, keeping every child's outcome.
import type { LegalBasis } from '../ruleSetTypes.ts';
import { allStatus, anyStatus } from '../verdict.ts';
import type { CriterionResult } from '../verdict.ts';
import { result } from './context.ts';

type Check<C> = (ctx: C) => CriterionResult;
type Trie = WeakMap<CriterionResult, Trie | CriterionResult>;

/**
 * Shares the composite result when every child is itself a shared (frozen) result: the same children always
 * give the same composite. Children built fresh for one person are not used as keys.
 */
function sharedBy(make: (children: CriterionResult[]) => CriterionResult): (children: CriterionResult[]) => CriterionResult {
  const root: Trie = new WeakMap();
  return (children) => {
    if (!children.every((c) => Object.isFrozen(c))) return make(children);
    let node = root;
    for (let i = 0; i < children.length - 1; i++) {
      const child = children[i] as CriterionResult;
      let next = node.get(child) as Trie | undefined;
      if (!next) node.set(child, (next = new WeakMap()));
      node = next;
    }
    const last = children[children.length - 1] as CriterionResult;
    let hit = node.get(last) as CriterionResult | undefined;
    if (!hit) node.set(last, (hit = Object.freeze(make(children))));
    return hit;
  };
}

/** Passes when any alternative passes (explained by the first that does); the need lists the alternatives still open. */
export function anyOf<C>(checks: readonly Check<C>[], basis: LegalBasis): Check<C> {
  const combine = sharedBy((children) => {
    const status = anyStatus(children);
    if (status === 'pass') {
      const winner = children.find((c) => c.status === 'pass');
      return result('anyOf', 'pass', winner?.explanation ?? '', '', basis, children);
    }
    const open = status === 'unknown' ? children.filter((c) => c.status === 'unknown') : children;
    const text = `${status === 'fail' ? 'Không đạt tiêu chí nào' : 'Chưa xác định'}: ${children.map((c) => c.explanation).join('; ')}`;
    return result('anyOf', status, text, open.map((c) => c.need).join(' hoặc '), basis, children);
  });
  return (ctx) => combine(checks.map((c) => c(ctx)));
}

/** Passes when every part passes; the need joins what the parts still need. */
export function allOf<C>(checks: readonly Check<C>[], basis: LegalBasis): Check<C> {
  const combine = sharedBy((children) => {
    const status = allStatus(children);
    // A failed conjunction also names its unknown parts: a missing fact must not go unmentioned.
    const failed = children.filter((c) => c.status === 'fail').map((c) => c.explanation);
    const unknown = children.filter((c) => c.status === 'unknown').map((c) => c.explanation);
    const text =
      status === 'pass'
        ? children.map((c) => c.explanation).join('; ')
        : status === 'unknown'
          ? unknown.join('; ')
          : [...failed, ...(unknown.length ? [`chưa xác định: ${unknown.join('; ')}`] : [])].join('; ');
    const need = children
      .filter((c) => c.status !== 'pass')
      .map((c) => c.need)
      .join(' và ');
    return result('allOf', status, text, need, basis, children);
  });
  return (ctx) => combine(checks.map((c) => c(ctx)));
}
