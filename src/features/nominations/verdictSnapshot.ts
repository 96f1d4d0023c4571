// The engine's verdict as kept on a nomination: status, one-line summary and the failing reasons, frozen when listed.
import { z } from 'zod';
import { verdictSummary, type Verdict } from '../../domain/rules/index.ts';

export interface VerdictSnapshot {
  status: 'eligible' | 'not_eligible' | 'missing_data';
  summary: string;
  reasons: string[];
  ruleSetId: string | null;
}

/** The snapshot of a verdict, or a "no computable criteria" one when the engine has none for the title. */
export function verdictSnapshot(v: Verdict | undefined): VerdictSnapshot {
  if (!v) return { status: 'missing_data', summary: 'Không có tiêu chí tính tự động cho danh hiệu, hình thức này.', reasons: [], ruleSetId: null };
  return {
    status: v.status,
    summary: verdictSummary(v),
    reasons: v.criteria.filter((c) => c.status !== 'pass').map((c) => c.explanation),
    ruleSetId: v.ruleSetId,
  };
}

/** Reads a stored snapshot back, checked. */
export const verdictSnapshotSchema = z.object({
  status: z.enum(['eligible', 'not_eligible', 'missing_data']),
  summary: z.string(),
  reasons: z.array(z.string()),
  ruleSetId: z.string().nullable(),
});
