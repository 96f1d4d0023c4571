// The shipped rule sets, oldest first.
import type { RuleSet } from '../ruleSetTypes.ts';
import { LUAT_2022_ND_152 } from './luat2022Nd152.ts';
import { LUAT_2022_ND_98 } from './luat2022Nd98.ts';
import { DRAFT_AMENDMENT_2025 } from './draftAmendment2025.ts';

export { LUAT_2022_ND_98, LUAT_2022_ND_152, DRAFT_AMENDMENT_2025 };
/** Every shipped rule set, candidates included (ruleSetInForce never picks a candidate). */
export const RULE_SETS: readonly RuleSet[] = [LUAT_2022_ND_98, LUAT_2022_ND_152, DRAFT_AMENDMENT_2025];
