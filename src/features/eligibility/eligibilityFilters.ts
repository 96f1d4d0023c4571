// The report's filters (GET parameters): title, verdict, collective and a name/code search, shared by the page, its
// paging links and both exports, so an export holds exactly the rows the page shows across its pages.
import { z } from 'zod';
import { foldForSearch } from '../../domain/text.ts';
import type { EligibilityRow } from './eligibility.presenter.ts';

export const eligibilityFilters = z.object({
  title: z.string().max(20).optional().default('').catch(''),
  verdict: z.enum(['', 'eligible', 'not_eligible', 'missing_data']).optional().default('').catch(''),
  collective: z.string().max(200).optional().default('').catch(''),
  q: z.string().max(100).optional().default('').catch(''),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(1).default(1),
});
export type EligibilityFilters = z.infer<typeof eligibilityFilters>;

/** The rows matching every filter that is set. */
export function filterEligibilityRows(rows: readonly EligibilityRow[], f: EligibilityFilters): EligibilityRow[] {
  const q = f.q ? foldForSearch(f.q) : '';
  return rows.filter(
    (r) =>
      (!f.title || r.titleCode === f.title) &&
      (!f.verdict || r.verdict === f.verdict) &&
      (!f.collective || r.collective === f.collective) &&
      (!q || foldForSearch(`${r.code} ${r.name}`).includes(q)),
  );
}

/** The query string carrying the filters that are set (and a page), for paging links and export links. */
export function filterQuery(f: EligibilityFilters, page?: number): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'title', 'verdict', 'collective'] as const) if (f[key]) params.set(key, f[key]);
  if (page && page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
