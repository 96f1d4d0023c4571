// Eligibility results kept per (school, year, facts version): the engine runs once per change of the school's facts,
// not on every page view. Bounded (least recently used first out), so a city's schools cannot grow it without limit;
// a concurrent second request for the same key waits for the first computation instead of running its own.
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { evaluateYear, type YearEvaluation } from '../records/evaluateYear.ts';
import { eligibilityRows, type EligibilityRow } from './eligibility.presenter.ts';
import { readFactsVersion } from './factsVersion.ts';

const MAX_ENTRIES = 64;
/** A year's evaluation with its report rows (both computed once per version). */
export interface CachedEvaluation {
  evaluation: YearEvaluation;
  rows: EligibilityRow[];
}

const cache = new Map<string, Promise<CachedEvaluation>>();

/**
 * The year's evaluation, computed at most once per facts version. The version is read before the facts, so an entry
 * may hold facts newer than its key (a write committed in between), never older: the next read sees the new version.
 */
export async function cachedEvaluateYear(prisma: PrismaClient, schoolId: string, startYear: number): Promise<CachedEvaluation> {
  const key = `${schoolId}:${startYear}:${await readFactsVersion(prisma, schoolId)}`;
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key); // re-inserted below: Map order is the recency order
  } else {
    entry = evaluateYear(prisma, schoolId, startYear).then((evaluation) => ({ evaluation, rows: eligibilityRows(evaluation) }));
    entry.catch(() => cache.delete(key)); // a failure (409 without a rule set, an outage) is never cached
  }
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return entry;
}
