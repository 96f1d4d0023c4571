// The counting committee (ban kiểm phiếu): only its members enter paper totals and written opinions, only while the
// round is open, and a second committee member (never the one who typed them) confirms them.
import type { Permission } from '../../domain/permissions.ts';
import { conflict, forbidden, type Refusal } from '../../domain/refusal.ts';

export interface CountingViewer {
  staffId: string | null;
  permissions: Set<Permission>;
  /** On the meeting's counting committee. */
  onCommittee: boolean;
}

/** Why the viewer cannot enter totals for the round now, or null. */
export function whyNotEnterCount(u: CountingViewer, round: { status: string }): Refusal | null {
  if (!u.permissions.has('ballot:cast') || !u.onCommittee || !u.staffId) return forbidden('counting.refusal.notCommittee');
  if (round.status !== 'open') return conflict('ballot.refusal.roundClosed');
  return null;
}

/** Why the viewer cannot confirm an entry (paper count or written opinions) now, or null. */
export function whyNotConfirmCount(u: CountingViewer, round: { status: string }, entry: { enteredById: string; confirmed: boolean }): Refusal | null {
  const base = whyNotEnterCount(u, round);
  if (base) return base;
  if (entry.confirmed) return conflict('counting.refusal.alreadyConfirmed');
  if (entry.enteredById === u.staffId) return forbidden('counting.refusal.sameMember');
  return null;
}
