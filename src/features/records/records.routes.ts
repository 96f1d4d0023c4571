// Personal records: a staff member's years (rating, titles, forms, initiatives, decisions) and the forecast of the
// next reachable titles with what is missing. Visible to the person and to those who may read every record.
import type { Request, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { createEvaluation, forecastTitles, indexFacts, verdictSummary } from '../../domain/rules/index.ts';
import { loadRuleSets } from '../rules/loadRuleSets.ts';
import { schoolYearLabel, schoolYearStartOf } from '../../domain/schoolYear.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { loadEngineFacts } from './loadEngineFacts.ts';
import { loadOverrides } from './evaluateYear.ts';
import { visibleCollectiveRecordsWhere, visibleStaffRecordsWhere } from './records.queries.ts';

/** Registers /records routes. */
export function registerRecordRoutes(router: Router, prisma: PrismaClient): void {
  // Someone else's record is simply not found for a person without records:view-all.
  const visibleStaff = async (req: Request) =>
    foundOr404(
      await prisma.staff.findFirst({
        where: { AND: [{ id: paramId(req.params) }, visibleStaffRecordsWhere(userOf(req))] },
        include: { collective: { select: { name: true } } },
      }),
    );

  router.get('/records/me', requirePermission('home:view'), (req, res) => {
    res.redirect(`/records/staff/${foundOr404(userOf(req).staffId)}`);
  });

  router.get('/records/staff/:id', requirePermission('home:view'), async (req, res) => {
    const staff = await visibleStaff(req);
    const [facts, overrides, ruleSets] = await Promise.all([
      loadEngineFacts(prisma, userOf(req).schoolId, { staffIds: [staff.id] }),
      loadOverrides(prisma, userOf(req).schoolId),
      loadRuleSets(prisma, userOf(req).schoolId),
    ]);
    const me = facts.staff[0]!;
    // The group of each year comes from the facts already loaded (a collective's members per year are the staff
    // records naming it): two statements fewer than reading the collectives and the year records again (issue 16).
    const memberships = new Map(facts.collectives.flatMap((c) => c.years.filter((y) => y.memberIds.includes(staff.id)).map((y) => [y.year, c.name] as const)));
    const current = schoolYearStartOf(req.now);
    const index = indexFacts(facts);
    const forecast = [current, current + 1].flatMap((year) =>
      forecastTitles(index, ruleSets, staff.id, { year, overrides }).filter((f) => f.status !== 'unreachable' || year === current),
    );
    res.render('records/staff', {
      title: 'records.title',
      staff,
      years: [...me.years].reverse().map((y) => ({ ...y, label: schoolYearLabel(y.year), collective: memberships.get(y.year) ?? '' })),
      pending: me.pending,
      forecast,
    });
  });

  router.get('/records/collectives/:id', requirePermission('home:view'), async (req, res) => {
    const id = paramId(req.params);
    const collective = foundOr404(
      await prisma.collective.findFirst({
        where: { AND: [{ id }, visibleCollectiveRecordsWhere(userOf(req))] },
        include: { leader: { select: { fullName: true } } },
      }),
    );
    const facts = await loadEngineFacts(prisma, userOf(req).schoolId);
    const mine = facts.collectives.find((c) => c.id === id);
    const names = new Map(facts.staff.map((s) => [s.id, s.name ?? '']));
    const current = schoolYearStartOf(req.now);
    const ev = createEvaluation(indexFacts(facts), await loadRuleSets(prisma, userOf(req).schoolId), {
      year: current,
      overrides: await loadOverrides(prisma, userOf(req).schoolId),
    });
    const codes = ev.ruleSet.titles.filter((t) => t.subject === 'collective').map((t) => t.code);
    res.render('records/collective', {
      title: 'records.collectiveTitle',
      collective,
      years: [...(mine?.years ?? [])]
        .reverse()
        .map((y) => ({ ...y, label: schoolYearLabel(y.year), members: y.memberIds.map((m) => names.get(m) ?? '').sort() })),
      verdicts: codes.map((code) => ({ code, summary: verdictSummary(ev.verdict(id, code)), status: ev.verdict(id, code).status })),
    });
  });
}
