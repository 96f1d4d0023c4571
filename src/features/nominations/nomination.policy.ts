// Who may put a nomination forward by hand: whoever proposes nominations (group leaders for their group's people,
// the council) — the council then sees it, with the engine's verdict and any justification, like a pre-filled one.
import type { Permission } from '../../domain/permissions.ts';
import { forbidden, type Refusal } from '../../domain/refusal.ts';

/** Why the viewer cannot add a nomination, or null. */
export function whyNotPropose(u: { permissions: Set<Permission> }): Refusal | null {
  return u.permissions.has('nomination:propose') ? null : forbidden();
}
