// Who may put a nomination forward by hand: whoever proposes nominations (group leaders for their group's people,
// the council) — the council then sees it, with the engine's verdict and any justification, like a pre-filled one.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

/** Why the viewer cannot add a nomination, or null. */
export function whyNotPropose(u: { permissions: Set<Permission> }): Refusal | null {
  return u.permissions.has('nomination:propose') ? null : forbidden();
}

/** Why the viewer cannot attach evidence to the nomination now (it must still be proposed), or null. */
export function whyNotAddEvidence(u: { permissions: Set<Permission> }, n: { status: string }): Refusal | null {
  if (!u.permissions.has('nomination:propose')) return forbidden();
  return n.status === 'proposed' ? null : conflict('nominations.refusal.evidenceClosed');
}

/** Why the viewer cannot remove evidence now (only while a draft: proposed and on no ballot paper yet), or null. */
export function whyNotRemoveEvidence(u: { permissions: Set<Permission> }, n: { status: string; onBallot: boolean }): Refusal | null {
  if (!u.permissions.has('nomination:propose')) return forbidden();
  return n.status === 'proposed' && !n.onBallot ? null : conflict('nominations.refusal.evidenceFrozen');
}
