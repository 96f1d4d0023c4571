// Spreads the four authority levels over the award codes: which level decides which title or form.
import type { AwardCode } from '../facts.ts';
import type { Authority } from '../ruleSetTypes.ts';

export interface AuthorityLevels {
  local: Authority; // LĐTT, CSTĐCS, TTLĐTT, Giấy khen
  city: Authority; // TTLĐXS, Bằng khen UBND TP, CSTĐ Thành phố
  primeMinister: Authority; // CSTĐ toàn quốc, Bằng khen Thủ tướng
  president: Authority; // Huân chương
}

/** The per-title authority table of a rule set. */
export function authorityTable(levels: AuthorityLevels): Record<AwardCode, Authority> {
  return {
    LDTT: levels.local,
    CSTDCS: levels.local,
    TTLDTT: levels.local,
    GIAY_KHEN: levels.local,
    TTLDXS: levels.city,
    BK_UBND_TP: levels.city,
    CSTD_TP: levels.city,
    CSTD_TQ: levels.primeMinister,
    BK_TTG: levels.primeMinister,
    HCLD_III: levels.president,
  };
}
