// Vietnamese name ordering: by given name (the last word), then by the rest, letter by letter in Vietnamese order.

const collator = new Intl.Collator('vi', { sensitivity: 'variant', usage: 'sort' });

/** Splits "Nguyễn Thúy Hà" into given name "Hà" and the rest "Nguyễn Thúy". */
export function splitVietnameseName(fullName: string): { given: string; rest: string } {
  const words = fullName.normalize('NFC').trim().split(/\s+/);
  const given = words.pop() ?? '';
  return { given, rest: words.join(' ') };
}

/** Comparator for full names, Vietnamese style: given name first, then family and middle names. */
export function compareVietnameseNames(a: string, b: string): number {
  const x = splitVietnameseName(a);
  const y = splitVietnameseName(b);
  return collator.compare(x.given, y.given) || collator.compare(x.rest, y.rest) || collator.compare(a, b);
}

/** Returns a new array sorted by the name that `nameOf` picks, Vietnamese style. */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((p, q) => compareVietnameseNames(nameOf(p), nameOf(q)));
}
