// The print order of nominees (dossier, ballot paper): by the rule set's title order, collectives first, Vietnamese
// name, then a unique key; the same list whatever order the rows arrive in.
import { describe, expect, it } from 'vitest';
import { sortNominees, type NomineeSortKey } from '../../../src/domain/nominations/nomineeOrder.ts';

const TITLES = ['LDTT', 'CSTDCS', 'TTLDTT'];
const person = (code: string, name: string, key: string): NomineeSortKey => ({ code, subject: 'individual', name, key });
const group = (code: string, name: string): NomineeSortKey => ({ code, subject: 'collective', name, key: name });

const LIST: NomineeSortKey[] = [
  group('TTLDTT', 'Tổ khối 2'),
  person('CSTDCS', 'Phạm Thị Lan', 'GV004'),
  person('GIAY_KHEN', 'Lê Văn An', 'GV040'),
  group('GIAY_KHEN', 'Tổ Văn phòng'),
  person('LDTT', 'Nguyễn Thúy Hà', 'GV001'),
  person('LDTT', 'Đỗ Đức', 'GV007'),
  person('LDTT', 'Nguyễn Thị Hà', 'GV028'),
  person('LDTT', 'Nguyễn Thị Hà', 'GV012'),
  group('TTLDTT', 'Tổ khối 1'),
  person('CSTDCS', 'Hoàng Thị Mai', 'GV005'),
];

/** A seeded shuffle (Fisher–Yates over a linear congruential generator): the same "random" orders every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the order nominees are printed in', () => {
  it("lists by the rule set's titles (others last), collectives first, people by given name, equal names by staff code", () => {
    const sorted = sortNominees(LIST, TITLES, (n) => n).map((n) => `${n.code} ${n.name} ${n.key}`);
    expect(sorted).toEqual([
      'LDTT Đỗ Đức GV007',
      'LDTT Nguyễn Thị Hà GV012',
      'LDTT Nguyễn Thị Hà GV028',
      'LDTT Nguyễn Thúy Hà GV001',
      'CSTDCS Phạm Thị Lan GV004',
      'CSTDCS Hoàng Thị Mai GV005',
      'TTLDTT Tổ khối 1 Tổ khối 1',
      'TTLDTT Tổ khối 2 Tổ khối 2',
      'GIAY_KHEN Tổ Văn phòng Tổ Văn phòng',
      'GIAY_KHEN Lê Văn An GV040',
    ]);
  });

  it('gives the same list whatever order the rows arrive in (rows written in one statement have no order of their own)', () => {
    const expected = sortNominees(LIST, TITLES, (n) => n);
    for (let seed = 1; seed <= 20; seed++) expect(sortNominees(shuffled(LIST, seed), TITLES, (n) => n)).toEqual(expected);
  });
});
