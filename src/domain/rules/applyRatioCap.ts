// Ratio caps (e.g. CSTĐCS ≤ floor(15% × LĐTT)): how many may be approved, who is inside the cap after ranking
// and the rule set's tie-break (prefer women, NĐ 152 Điều 4 khoản 6), and who is still tied at the cut-off.
import type { AwardCode, Gender } from './facts.ts';
import { booleanParam, numberParam, optionalNumberParam } from './paramReader.ts';
import type { LegalBasis, RuleSet } from './ruleSetTypes.ts';
import { numberVi } from './labels.ts';

export interface CapCandidate {
  id: string;
  name?: string;
  gender?: Gender | null; // individuals
  womenPct?: number | null; // collectives
  score?: number; // e.g. the council's votes; higher ranks first
}

export interface RatioCapReport {
  title: AwardCode;
  basisTitle: AwardCode | null;
  pct: number | null; // null: no cap configured
  basisCount: number;
  eligibleCount: number;
  maxAllowed: number | null;
  selected: CapCandidate[];
  overCap: CapCandidate[];
  /** Candidates the tie-break could not separate across the cut-off: the council decides. */
  tiedAtCutoff: CapCandidate[];
  message: string;
  basis: LegalBasis | null;
  tieBreakBasis: LegalBasis;
}

function shortName(rs: RuleSet, code: AwardCode): string {
  return rs.titles.find((t) => t.code === code)?.shortName ?? code;
}

/** Applies the rule set's cap on `title` to the eligible `candidates`, given the number approved for the basis title. */
export function applyRatioCap(ruleSet: RuleSet, title: AwardCode, candidates: readonly CapCandidate[], basisCount: number): RatioCapReport {
  const cap = ruleSet.ratioCaps.find((c) => c.title === title);
  const pct = cap ? optionalNumberParam(ruleSet, cap.pct) : null;
  const short = shortName(ruleSet, title);
  const preferWomen = booleanParam(ruleSet, ruleSet.tieBreak.preferWomen);
  const womenPct = numberParam(ruleSet, ruleSet.tieBreak.collectiveWomenPct);
  const priority = (c: CapCandidate) => (preferWomen && (c.gender === 'female' || (c.womenPct != null && c.womenPct >= womenPct)) ? 1 : 0);
  const compare = (a: CapCandidate, b: CapCandidate) => (b.score ?? 0) - (a.score ?? 0) || priority(b) - priority(a);
  const ranked = [...candidates].sort(compare); // stable: equal candidates keep the caller's order
  const base = {
    title,
    basisTitle: cap?.basisTitle ?? null,
    pct,
    basisCount,
    eligibleCount: candidates.length,
    basis: cap?.basis ?? null,
    tieBreakBasis: ruleSet.tieBreak.basis,
  };
  if (pct === null || !cap) {
    return {
      ...base,
      maxAllowed: null,
      selected: ranked,
      overCap: [],
      tiedAtCutoff: [],
      message: `${short}: ${candidates.length} đủ điều kiện, không giới hạn tỉ lệ`,
    };
  }
  // The epsilon keeps 15 × 20 / 100 = 3 from landing on 2.9999… for fractional percentages.
  const maxAllowed = Math.floor((pct * basisCount) / 100 + 1e-9);
  const selected = ranked.slice(0, maxAllowed);
  const overCap = ranked.slice(maxAllowed);
  const last = selected[selected.length - 1];
  const next = overCap[0];
  const tiedAtCutoff = last && next && compare(last, next) === 0 ? ranked.filter((c) => compare(c, last) === 0) : [];
  const message = `${short}: ${candidates.length} đủ điều kiện, tối đa ${maxAllowed} theo tỉ lệ ${numberVi(pct)}% của ${basisCount} ${shortName(ruleSet, cap.basisTitle)}`;
  return { ...base, maxAllowed, selected, overCap, tiedAtCutoff, message };
}
