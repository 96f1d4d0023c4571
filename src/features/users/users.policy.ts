// Account administration: who may disable whom. Pure.
import type { Permission } from '../../domain/permissions.ts';
import { forbidden, type Refusal } from '../../domain/refusal.ts';

type Who = { id: string | null; permissions: Set<Permission> };

/** Disabling or enabling an account: account managers, never their own account (they would lock themselves out). */
export function whyNotSetDisabled(actor: Who, targetUserId: string): Refusal | null {
  if (!actor.permissions.has('user:manage')) return forbidden();
  if (targetUserId === actor.id) return forbidden('users.notSelf');
  return null;
}
