// /rules/compare: two rule sets (shipped, candidate) on the school's real data, listing exactly the people whose
// verdicts differ with the reason under each — the preview of a draft law against the law in force.
import type { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { compareRuleSets, decidesVerdicts, indexFacts, verdictSummary, type RuleSet } from '../../domain/rules/index.ts';
import { loadRuleSets } from './loadRuleSets.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { loadOverrides } from '../records/evaluateYear.ts';
import { loadEngineFacts } from '../records/loadEngineFacts.ts';

const query = z.object({
  a: z.string().max(80).optional().default('').catch(''),
  b: z.string().max(80).optional().default('').catch(''),
  year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
});

/** Registers the comparison page. */
export function registerCompareRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/rules/compare', requirePermission('rules:view'), async (req, res) => {
    const schoolId = userOf(req).schoolId;
    const q = query.parse(req.query);
    const years = await prisma.schoolYear.findMany({ where: { schoolId }, select: { startYear: true, evaluationDate: true }, orderBy: { startYear: 'desc' } });
    const ruleSets: readonly RuleSet[] = await loadRuleSets(prisma, schoolId);
    // Defaults: the rule set in force last (rule set 2) against the newest candidate, on the latest school year.
    const a = ruleSets.find((r) => r.id === q.a) ?? ruleSets.filter(decidesVerdicts).at(-1);
    const b = ruleSets.find((r) => r.id === q.b) ?? ruleSets.filter((r) => r.status === 'candidate').at(-1) ?? a;
    const year = years.find((y) => y.startYear === q.year) ?? years[0];
    let rows: { code: string; name: string; title: string; a: string; b: string; statusA: string; statusB: string }[] = [];
    let people = 0;
    if (a && b && year) {
      const [facts, staff, overrides] = await Promise.all([
        loadEngineFacts(prisma, schoolId),
        prisma.staff.findMany({ where: { schoolId, active: true }, select: { id: true, code: true, fullName: true }, orderBy: { code: 'asc' } }),
        loadOverrides(prisma, schoolId),
      ]);
      const byId = new Map(staff.map((s) => [s.id, s]));
      const diffs = compareRuleSets(indexFacts(facts), a, b, {
        year: year.startYear,
        evaluationDate: year.evaluationDate.toISOString().slice(0, 10),
        staffIds: staff.map((s) => s.id),
        overrides,
      });
      people = new Set(diffs.map((d) => d.candidateId)).size;
      rows = diffs.map((d) => ({
        code: byId.get(d.candidateId)?.code ?? '',
        name: byId.get(d.candidateId)?.fullName ?? d.candidateId,
        title: d.shortName,
        a: verdictSummary(d.a),
        b: verdictSummary(d.b),
        statusA: d.a.status,
        statusB: d.b.status,
      }));
    }
    res.render('rules/compare', {
      title: 'compare.title',
      ruleSets,
      a,
      b,
      years: years.map((y) => ({ startYear: y.startYear, label: schoolYearLabel(y.startYear) })),
      year: year?.startYear ?? null,
      rows,
      people,
    });
  });
}
