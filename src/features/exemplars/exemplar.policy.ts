// Who may manage exemplars and when each step is allowed: the chair, the vice chair and the secretary
// (exemplar:manage) write them; a published exemplar is taken down before it is edited (what is public is what the
// person consented to); publishing needs a recorded consent that has not been withdrawn.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

type Viewer = { permissions: Set<Permission> };
/** The state of an exemplar that the rules read. */
export type ExemplarState = { status: string; consentBy: string | null; consentWithdrawnAt: Date | null };

/** Whether the exemplar carries a consent that stands (recorded and not withdrawn). */
export function consentStands(e: ExemplarState): boolean {
  return e.consentBy !== null && e.consentWithdrawnAt === null;
}

/** Why the viewer cannot create exemplars, or null. */
export function whyNotManage(u: Viewer): Refusal | null {
  return u.permissions.has('exemplar:manage') ? null : forbidden('exemplars.refusal.manageOnly');
}

/** Why the viewer cannot edit the exemplar's text, or null (a published one is unpublished first). */
export function whyNotEdit(u: Viewer, e: ExemplarState): Refusal | null {
  if (!u.permissions.has('exemplar:manage')) return forbidden('exemplars.refusal.manageOnly');
  if (e.status === 'published') return conflict('exemplars.refusal.editPublished');
  return null;
}

/** Why the viewer cannot record a consent, or null (a standing consent is not recorded twice). */
export function whyNotRecordConsent(u: Viewer, e: ExemplarState): Refusal | null {
  if (!u.permissions.has('exemplar:manage')) return forbidden('exemplars.refusal.manageOnly');
  if (consentStands(e)) return conflict('exemplars.refusal.consentRecorded');
  return null;
}

/** Why the viewer cannot record the withdrawal of the consent, or null. */
export function whyNotWithdrawConsent(u: Viewer, e: ExemplarState): Refusal | null {
  if (!u.permissions.has('exemplar:manage')) return forbidden('exemplars.refusal.manageOnly');
  if (!consentStands(e)) return conflict('exemplars.refusal.noConsentToWithdraw');
  return null;
}

/** Why the viewer cannot publish the exemplar, or null: never without a consent that stands. */
export function whyNotPublish(u: Viewer, e: ExemplarState): Refusal | null {
  if (!u.permissions.has('exemplar:manage')) return forbidden('exemplars.refusal.manageOnly');
  if (e.status === 'published') return conflict('exemplars.refusal.alreadyPublished');
  if (e.consentBy === null) return conflict('exemplars.refusal.noConsent');
  if (e.consentWithdrawnAt !== null) return conflict('exemplars.refusal.consentWithdrawn');
  return null;
}

/** Why the viewer cannot unpublish the exemplar, or null. */
export function whyNotUnpublish(u: Viewer, e: ExemplarState): Refusal | null {
  if (!u.permissions.has('exemplar:manage')) return forbidden('exemplars.refusal.manageOnly');
  if (e.status !== 'published') return conflict('exemplars.refusal.notPublished');
  return null;
}

/** Why the viewer cannot add or remove photos, or null. */
export function whyNotChangePhotos(u: Viewer): Refusal | null {
  return whyNotManage(u);
}
