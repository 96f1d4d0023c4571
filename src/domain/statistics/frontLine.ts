// "Front-line" staff (người lao động trực tiếp) for the plan's target of raising their share among those commended
// (issue 15 §2). In a school the managers are the principal and the vice principals (cán bộ quản lý); everyone else
// (teachers, group leaders who teach, office staff) works directly. The position is the directory's chức vụ.
import { foldForSearch } from '../text.ts';

/** Leadership positions (cán bộ quản lý nhà trường), compared without case or diacritics. */
export const LEADERSHIP_POSITIONS = ['Hiệu trưởng', 'Phó Hiệu trưởng'] as const;

const LEADERS = new Set(LEADERSHIP_POSITIONS.map(foldForSearch));

/** True unless the position is one of the leadership positions (or starts with one: "Hiệu trưởng, Bí thư chi bộ"). */
export function isFrontLine(position: string): boolean {
  const folded = foldForSearch(position);
  for (const leader of LEADERS) if (folded === leader || folded.startsWith(`${leader},`) || folded.startsWith(`${leader} -`)) return false;
  return true;
}
