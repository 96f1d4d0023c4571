// Deterministic randomness and Vietnamese names for the benchmark's data.

/** A seeded generator of numbers in [0, 1): the same data on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Thị', 'Văn', 'Thu', 'Minh', 'Ngọc', 'Thanh', 'Hoài', 'Đức', 'Thùy', 'Quang', 'Bích', 'Hữu'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Hùng',
  'Huyền',
  'Khánh',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Nga',
  'Oanh',
  'Phương',
  'Quyên',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tú',
  'Uyên',
  'Vân',
  'Yến',
];

/** A plausible full name (family, middle, given). */
export function vietnameseName(rnd: () => number): string {
  const pick = (list: string[]) => list[Math.floor(rnd() * list.length)]!;
  return `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
}
