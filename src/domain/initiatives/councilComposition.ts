// The initiative council's composition (Hội đồng sáng kiến), checked when a council decision is saved: at least the
// minimum number of members, and a chair who holds one of the positions the rules allow (the head or a deputy).
// The numbers and positions are the rules' data (nd13Rules.ts, with their legal basis), never literals here.
import type { CouncilRules } from './initiativeRuleTypes.ts';

export interface SeatHolder {
  staffId: string;
  position: string;
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * Why the initiative council a decision lists breaks the rules (a message key, shown with the rules' figures), or
 * null. A decision listing no initiative seat and no chair sets up no initiative council and is not checked.
 */
export function whyNotInitiativeCouncil(rules: CouncilRules, members: SeatHolder[], chair: SeatHolder | null): string | null {
  if (members.length === 0 && !chair) return null;
  if (!chair) return 'council.initiativeNeedsChair';
  if (!rules.chairPositions.some((p) => fold(p) === fold(chair.position))) return 'council.initiativeChairPosition';
  const seated = new Set([...members.map((m) => m.staffId), chair.staffId]);
  if (seated.size < rules.minMembers) return 'council.initiativeTooFew';
  return null;
}
