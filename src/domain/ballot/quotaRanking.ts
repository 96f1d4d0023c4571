// When more nominees pass than a quota allows: rank by votes for; on equal votes the law's preference for women
// (NĐ 152/2025 Điều 4 khoản 6, when the rule set turns it on) and then the chair's order decide. A tie the chair
// has not ordered yet across the quota line is reported, never settled silently.

export interface QuotaCandidate {
  nomineeId: string;
  votesFor: number;
  passed: boolean;
  /** Individual: female. Collective: at least the rule set's share of women. */
  preferred: boolean;
}

export interface QuotaOptions {
  quota: number | null; // null: no quota
  preferWomen: boolean;
  /** The chair's tie-break, first = ranked higher; nominees not listed keep their order. */
  chairOrder?: readonly string[];
}

export interface QuotaPosition {
  nomineeId: string;
  rank: number | null; // 1-based among passed nominees; null when not passed
  withinQuota: boolean;
  /** True while a tie across the quota line still needs the chair's decision. */
  tieAtLine: boolean;
}

/** Ranks the passed nominees and marks who is within the quota. */
export function rankForQuota(candidates: readonly QuotaCandidate[], options: QuotaOptions): QuotaPosition[] {
  const chairRank = new Map((options.chairOrder ?? []).map((id, i) => [id, i]));
  const key = (c: QuotaCandidate) => [c.votesFor, options.preferWomen && c.preferred ? 1 : 0] as const;
  const passed = candidates.filter((c) => c.passed);
  const sorted = [...passed].sort((a, b) => {
    const [va, pa] = key(a);
    const [vb, pb] = key(b);
    if (va !== vb) return vb - va;
    if (pa !== pb) return pb - pa;
    return (chairRank.get(a.nomineeId) ?? Infinity) - (chairRank.get(b.nomineeId) ?? Infinity);
  });
  const quota = options.quota ?? sorted.length;
  const positions = new Map<string, QuotaPosition>();
  sorted.forEach((c, i) => positions.set(c.nomineeId, { nomineeId: c.nomineeId, rank: i + 1, withinQuota: i < quota, tieAtLine: false }));
  if (quota > 0 && quota < sorted.length) {
    const last = sorted[quota - 1]!;
    const first = sorted[quota]!;
    const same = (a: QuotaCandidate, b: QuotaCandidate) => key(a)[0] === key(b)[0] && key(a)[1] === key(b)[1];
    // Settled once the chair's order separates the two sides of the line (a listed nominee ranks above an unlisted one).
    const chairPlace = (id: string) => chairRank.get(id) ?? Infinity;
    if (same(last, first) && chairPlace(last.nomineeId) === chairPlace(first.nomineeId)) {
      for (const c of sorted) if (same(c, last)) positions.get(c.nomineeId)!.tieAtLine = true;
    }
  }
  return candidates.map((c) => positions.get(c.nomineeId) ?? { nomineeId: c.nomineeId, rank: null, withinQuota: false, tieAtLine: false });
}
