// Eligibility flags for the review list (issue 15 §8): for each registered individual title, what the rules say of it
// this year — already met, still open (with what is missing), or out of reach (with why) — so the reviewer sees a
// registration that cannot succeed before approving it.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { forecastTitles, indexFacts, RULE_SETS } from '../../domain/rules/index.ts';
import type { RuleSet } from '../../domain/rules/ruleSetTypes.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { loadEngineFacts } from '../records/loadEngineFacts.ts';

export interface ReviewFlag {
  title: string;
  status: 'eligible' | 'reachable' | 'unreachable';
  /** Why it is out of reach, or what is still missing; empty when met. */
  note: string;
}

/** Flags per registration id, for the staff registrations among `rows` (collectives get none). */
export async function reviewFlags(
  prisma: PrismaClient,
  schoolId: string,
  startYear: number,
  rows: ReadonlyArray<{ id: string; staffId: string | null; titles: readonly string[] }>,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): Promise<Map<string, ReviewFlag[]>> {
  const individual = rows.filter((r): r is typeof r & { staffId: string } => r.staffId !== null && r.titles.length > 0);
  const flags = new Map<string, ReviewFlag[]>();
  if (!individual.length) return flags;
  const [facts, overrides] = await Promise.all([
    loadEngineFacts(prisma, schoolId, { staffIds: [...new Set(individual.map((r) => r.staffId))] }),
    loadOverrides(prisma, schoolId),
  ]);
  const index = indexFacts(facts);
  for (const r of individual) {
    const forecast = new Map(forecastTitles(index, ruleSets, r.staffId, { year: startYear, overrides }).map((f) => [f.title as string, f]));
    flags.set(
      r.id,
      r.titles.flatMap((title) => {
        const f = forecast.get(title);
        if (!f) return [];
        const note = f.status === 'unreachable' ? f.blockers.join('; ') : f.status === 'reachable' ? f.needs.join('; ') : '';
        return [{ title, status: f.status, note }];
      }),
    );
  }
  return flags;
}
