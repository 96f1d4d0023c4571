// Helpers for policy matrices: people by role (the role map's real permissions) and refusals written as
// "allowed" or "<status> <messageKey>", so each table reads like the specification it is.
import { permissionsOf, type Role } from '../../../src/domain/permissions.ts';
import type { Refusal } from '../../../src/domain/refusal.ts';

export const ROLES_UNDER_TEST = ['staff', 'group_leader', 'council_member', 'initiative_council', 'secretary', 'vice_chair', 'chair', 'admin'] as const;
export type RoleUnderTest = (typeof ROLES_UNDER_TEST)[number];

/** A person holding `role` (every staff member also holds "staff"; the administrator has no staff record). */
export function person(role: RoleUnderTest, o: { id?: string; staffId?: string | null; ledCollectiveIds?: string[] } = {}) {
  const roles: Role[] = role === 'admin' ? ['admin'] : role === 'staff' ? ['staff'] : ['staff', role];
  return {
    id: o.id ?? `user-${role}`,
    staffId: o.staffId === undefined ? (role === 'admin' ? null : `staff-${role}`) : o.staffId,
    ledCollectiveIds: o.ledCollectiveIds ?? (role === 'group_leader' ? ['collective-led'] : []),
    permissions: permissionsOf(roles),
  };
}

/** "allowed", or the refusal's status and message key. */
export function outcome(refusal: Refusal | null): string {
  return refusal ? `${refusal.status} ${refusal.messageKey}` : 'allowed';
}

/** Expands a table of role → one expected outcome per state into [role, state, expected] rows for it.each. */
export function rows<S extends string>(states: readonly S[], table: Record<RoleUnderTest, readonly string[]>): Array<[RoleUnderTest, S, string]> {
  return ROLES_UNDER_TEST.flatMap((role) => states.map((state, i): [RoleUnderTest, S, string] => [role, state, table[role][i]!]));
}
