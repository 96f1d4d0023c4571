// Who decides a nominated title and where the council's approved list goes: the rule set's authority table.
// Since 01/07/2025 the ward chairman decides LĐTT, CSTĐCS, TTLĐTT and Giấy khen for a ward-run school
// (NĐ 129/2025 Điều 59), so the school's council proposes them (tờ trình); the school issues a quyết định only
// where it is itself competent (Giấy khen of the principal, off by default [U]).
import type { AwardCode } from '../rules/facts.ts';
import { booleanParam } from '../rules/paramReader.ts';
import type { LegalBasis, RuleSet } from '../rules/ruleSetTypes.ts';

export interface NominationRoute {
  /** 'decision': the school decides and numbers a quyết định; 'proposal': the list becomes a tờ trình. */
  outcome: 'decision' | 'proposal';
  decides: string;
  receives: string | null;
  basis: LegalBasis;
}

/** The route of a nomination for `code` under `ruleSet`; undefined when the rule set has no authority for it. */
export function nominationRoute(ruleSet: RuleSet, code: AwardCode): NominationRoute | undefined {
  if (code === 'GIAY_KHEN' && booleanParam(ruleSet, ruleSet.principalGiayKhen)) {
    const p = ruleSet.parameters[ruleSet.principalGiayKhen]!;
    return { outcome: 'decision', decides: 'Hiệu trưởng', receives: null, basis: p.basis };
  }
  const a = ruleSet.authorities[code];
  if (!a) return undefined;
  return { outcome: 'proposal', decides: a.decides, receives: a.receives, basis: a.decidesBasis };
}
