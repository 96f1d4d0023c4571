// Exact threshold arithmetic. Percentages are compared as integers (hundredths of a percent), so no floating-point
// rounding can turn a fail into a pass: 11 of 15 is 73.33…%, never "80%".

/** A percentage as an integer number of hundredths (80 → 8000, 66.67 → 6667); throws outside 0–100. */
export function hundredthsOf(pct: number): number {
  if (!Number.isFinite(pct) || pct < 0 || pct > 100) throw new RangeError(`Tỉ lệ không hợp lệ: ${pct}`);
  return Math.round(pct * 100);
}

/** True when `votes` of `total` reach `pct`% (at least, or more than when `strict`). No members: never passes. */
export function meetsThreshold(votes: number, total: number, pct: number, strict: boolean): boolean {
  if (!Number.isInteger(votes) || !Number.isInteger(total) || votes < 0 || total < 0) throw new RangeError('Số phiếu phải là số nguyên không âm');
  if (total === 0) return false;
  const lhs = votes * 10_000;
  const rhs = hundredthsOf(pct) * total;
  return strict ? lhs > rhs : lhs >= rhs;
}

/** The smallest number of votes of `total` that passes. */
export function votesNeeded(total: number, pct: number, strict: boolean): number {
  const h = hundredthsOf(pct) * total;
  const atLeast = Math.ceil(h / 10_000);
  return strict && atLeast * 10_000 === h ? atLeast + 1 : atLeast;
}

/** `votes / total` as a percentage with two decimals, rounded DOWN so the printed figure never overstates. */
export function percentText(votes: number, total: number): string {
  if (total === 0) return '0,00';
  const hundredths = Math.floor((votes * 10_000) / total);
  const whole = Math.floor(hundredths / 100);
  const frac = String(hundredths % 100).padStart(2, '0');
  return `${whole},${frac}`;
}

/** True when `present` of `total` reach numerator/denominator (e.g. 2/3), in integers. */
export function meetsFraction(present: number, total: number, numerator: number, denominator: number): boolean {
  if (denominator <= 0) throw new RangeError('Mẫu số phải dương');
  if (total === 0) return false;
  return present * denominator >= numerator * total;
}
