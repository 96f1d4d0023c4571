// Movement status moves forward one step at a time: planned → launched → sơ kết → tổng kết.
import { MOVEMENT_STATUSES } from './movement.schemas.ts';

type Status = (typeof MOVEMENT_STATUSES)[number];

/** Why a movement cannot go from `from` to `to` (null when it can). A summary is required for sơ kết and tổng kết. */
export function whyNotMoveStatus(from: Status, to: Status, summary: string): string | null {
  if (MOVEMENT_STATUSES.indexOf(to) !== MOVEMENT_STATUSES.indexOf(from) + 1) return 'movements.badTransition';
  if ((to === 'midterm_reviewed' || to === 'closed') && summary.trim() === '') return 'movements.summaryRequired';
  return null;
}
