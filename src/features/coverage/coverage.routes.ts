// /history/coverage: the school declares, per record kind, the school years its records are complete for.
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { RECORD_KINDS, type RecordCoverage, type RecordKind } from '../../domain/rules/index.ts';
import { schoolYearLabel } from '../../domain/schoolYear.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { loadCoverage } from './coverage.queries.ts';
import { declareCoverage } from './declareCoverage.ts';

/** Checkbox names are "<kind>:<startYear>"; anything else (or a year the school does not have) is ignored. */
function parseChecked(body: unknown, years: ReadonlySet<number>): RecordCoverage {
  const out: Partial<Record<RecordKind, number[]>> = {};
  const fields = body && typeof body === 'object' ? Object.keys(body) : [];
  for (const name of fields) {
    const m = /^(\w+):(\d{4})$/.exec(name);
    if (!m || !(RECORD_KINDS as readonly string[]).includes(m[1]!) || !years.has(Number(m[2]))) continue;
    (out[m[1] as RecordKind] ??= []).push(Number(m[2]));
  }
  return out;
}

/** Registers the record-coverage page. */
export function registerCoverageRoutes(router: Router, prisma: PrismaClient): void {
  const schoolYears = async (schoolId: string) =>
    (await prisma.schoolYear.findMany({ where: { schoolId }, select: { startYear: true }, orderBy: { startYear: 'desc' } })).map((y) => y.startYear);

  router.get('/history/coverage', requirePermission('history:import'), async (req, res) => {
    const schoolId = userOf(req).schoolId;
    const [years, coverage] = await Promise.all([schoolYears(schoolId), loadCoverage(prisma, schoolId)]);
    res.render('coverage/index', {
      title: 'coverage.title',
      kinds: RECORD_KINDS,
      years: years.map((y) => ({ startYear: y, label: schoolYearLabel(y) })),
      covered: new Set(Object.entries(coverage).flatMap(([k, ys]) => ys.map((y) => `${k}:${y}`))),
    });
  });

  router.post('/history/coverage', requirePermission('history:import'), async (req, res) => {
    const years = new Set(await schoolYears(userOf(req).schoolId));
    await declareCoverage(prisma, commandContext(req), parseChecked(req.body, years));
    flash(req, 'success', 'coverage.saved');
    res.redirect('/history/coverage');
  });
}
