// Eligibility results kept per (school, year, facts version): the engine runs once per change of the school's facts,
// not on every page view. Bounded (least recently used first out) by entries AND by verdicts held: one entry of an
// 80-staff school holds ~1.4 MB (its verdicts with their reasons and the report rows), so 64 such entries — a city's
// schools taking turns — would hold ~90 MB; the verdict budget keeps the cache near 25 MB whatever the schools' sizes.
// A concurrent second request for the same key waits for the first computation instead of running its own.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { evaluateYear, type YearEvaluation } from '../records/evaluateYear.ts';
import { eligibilityRows, type EligibilityRow } from './eligibility.presenter.ts';
import { readFactsVersion } from './factsVersion.ts';
import { WeighedLru, type LruLimits } from './weighedLru.ts';

/** At most 64 school years, and at most 10,000 verdicts (~2.4 kB each with their rows) in all. */
export const ELIGIBILITY_CACHE_LIMITS: LruLimits = { maxEntries: 64, maxWeight: 10_000 };

/** A year's evaluation with its report rows (both computed once per version). */
export interface CachedEvaluation {
  evaluation: YearEvaluation;
  rows: EligibilityRow[];
}

const cache = new WeighedLru<CachedEvaluation>(ELIGIBILITY_CACHE_LIMITS, (c) => c.evaluation.verdicts.length);

/**
 * The year's evaluation, computed at most once per facts version. The version is read before the facts, so an entry
 * may hold facts newer than its key (a write committed in between), never older: the next read sees the new version.
 * A failure (409 without a rule set, an outage) is never cached.
 */
export async function cachedEvaluateYear(prisma: PrismaClient, schoolId: string, startYear: number): Promise<CachedEvaluation> {
  const key = `${schoolId}:${startYear}:${await readFactsVersion(prisma, schoolId)}`;
  return cache.get(key, () => evaluateYear(prisma, schoolId, startYear).then((evaluation) => ({ evaluation, rows: eligibilityRows(evaluation) })));
}
