// The order nominees are printed in: the dossier (tờ trình list, reports, evidence files) and a ballot paper. A real
// dossier lists them by title, in the order the rule set (the law) lists its titles, collectives before individuals
// under a title both may receive (Giấy khen), then by name in Vietnamese order (people by given name first, as every
// list of the school is). The last key is unique (the staff code, the collective's name: both unique in a school),
// so two databases holding the same people list them the same way, whatever order the rows were written in.
import { compareVietnameseNames } from '../vietnameseNames.ts';

/** What the order looks at: the title's code, the kind of nominee, the name and a key unique in the school. */
export interface NomineeSortKey {
  code: string;
  subject: 'individual' | 'collective';
  name: string;
  /** Unique among the nominees of one title: the staff code, or the collective's name. */
  key: string;
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', usage: 'sort' });
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Comparator: the title's place in `titleOrder` (titles not listed come last, by code), collectives first, name, key. */
export function compareNominees(titleOrder: readonly string[]): (a: NomineeSortKey, b: NomineeSortKey) => number {
  const rank = (code: string) => {
    const i = titleOrder.indexOf(code);
    return i === -1 ? titleOrder.length : i;
  };
  return (a, b) =>
    rank(a.code) - rank(b.code) ||
    byCodePoint(a.code, b.code) ||
    (a.subject === b.subject ? 0 : a.subject === 'collective' ? -1 : 1) ||
    // A collective's name ("Tổ khối 2") is not a person's: no given name to put first.
    (a.subject === 'collective' ? collator.compare(a.name, b.name) : compareVietnameseNames(a.name, b.name)) ||
    byCodePoint(a.key, b.key);
}

/** Returns a new array of `items` in nominee order (see compareNominees); `keyOf` reads an item's sort key. */
export function sortNominees<T>(items: readonly T[], titleOrder: readonly string[], keyOf: (item: T) => NomineeSortKey): T[] {
  const compare = compareNominees(titleOrder);
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((p, q) => compare(p.key, q.key))
    .map((x) => x.item);
}
