// Who may put a nomination forward by hand: whoever proposes nominations (group leaders for their group's people,
// the council) — the council then sees it, with the engine's verdict and any justification, like a pre-filled one.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

/** Why the viewer cannot add a nomination, or null. */
export function whyNotPropose(u: { permissions: Set<Permission> }): Refusal | null {
  return u.permissions.has('nomination:propose') ? null : forbidden();
}

type Proposer = { permissions: Set<Permission>; ledCollectiveIds: string[] };

/**
 * Whom the viewer may put forward: the council's members (those who vote) anyone of the school; a group leader only
 * the people of the groups they lead and those groups themselves.
 */
export function proposalScope(u: Proposer): { all: true } | { all: false; collectiveIds: string[] } {
  return u.permissions.has('ballot:cast') ? { all: true } : { all: false, collectiveIds: u.ledCollectiveIds };
}

/** Whether a candidate (a person of group `collectiveId`, or the group itself) is within the scope. */
export function withinProposalScope(scope: ReturnType<typeof proposalScope>, candidateCollectiveId: string | null): boolean {
  return scope.all || (candidateCollectiveId !== null && scope.collectiveIds.includes(candidateCollectiveId));
}

/** The candidate's group: a person's group, or the group itself (null: a person outside every group). */
type EvidenceTarget = { status: string; candidateGroupId: string | null };

/** Why the viewer may not touch the nomination's evidence at all: a group leader only within proposalScope. */
function whyNotEvidenceOf(u: Proposer, n: EvidenceTarget): Refusal | null {
  if (!u.permissions.has('nomination:propose')) return forbidden();
  return withinProposalScope(proposalScope(u), n.candidateGroupId) ? null : forbidden('nominations.refusal.evidenceOutsideGroup');
}

/** Why the viewer cannot attach evidence to the nomination now (it must still be proposed), or null. */
export function whyNotAddEvidence(u: Proposer, n: EvidenceTarget): Refusal | null {
  return whyNotEvidenceOf(u, n) ?? (n.status === 'proposed' ? null : conflict('nominations.refusal.evidenceClosed'));
}

/** Why the viewer cannot remove evidence now (only while a draft: proposed and on no ballot paper yet), or null. */
export function whyNotRemoveEvidence(u: Proposer, n: EvidenceTarget & { onBallot: boolean }): Refusal | null {
  return whyNotEvidenceOf(u, n) ?? (n.status === 'proposed' && !n.onBallot ? null : conflict('nominations.refusal.evidenceFrozen'));
}
