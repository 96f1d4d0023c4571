// The SHA-256 printed in the vote-count minutes and written to the audit log when a round closes: anyone holding
// the totals can recompute it, and a later change to any figure changes it.
import { createHash } from 'node:crypto';
import type { NomineeCount } from './invariant.ts';

/** Hex SHA-256 of the round id, the participation count and each nominee's totals, nominees sorted by id. */
export function roundDigest(
  roundId: string,
  participants: number,
  counts: readonly NomineeCount[],
  written: readonly { nomineeId: string; agree: number; disagree: number }[] = [],
): string {
  const writtenOf = new Map(written.map((w) => [w.nomineeId, w]));
  const lines = [...counts]
    .sort((a, b) => (a.nomineeId < b.nomineeId ? -1 : a.nomineeId > b.nomineeId ? 1 : 0))
    .map((c) => {
      const w = writtenOf.get(c.nomineeId);
      return `${c.nomineeId}:${c.agree}:${c.disagree}:${c.blank}:${w?.agree ?? 0}:${w?.disagree ?? 0}`;
    });
  return createHash('sha256')
    .update([`round:${roundId}`, `participants:${participants}`, ...lines].join('\n'), 'utf8')
    .digest('hex');
}
