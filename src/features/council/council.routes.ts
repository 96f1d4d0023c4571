// The council of each school year: members by decision, a new decision, and the year's council history.
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import type { CouncilRoleName } from '../../domain/permissions.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission } from '../../http/gates.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { councilDecisionForm, membersFromBody } from './council.schemas.ts';
import { canReadCouncilRecords, whyNotReadCouncilRecords } from './council.policy.ts';
import { councilOfYear, findSchoolYear, listSchoolYears } from './council.queries.ts';
import { councilRolesInYear } from './councilRoles.ts';
import { saveCouncilDecision } from './saveCouncilDecision.ts';

/** Registers /council routes. */
export function registerCouncilRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/council', requirePermission('directory:view'), (req, res) => {
    res.redirect(`/council/${req.user!.schoolYear?.startYear ?? schoolYearStartOf(req.now)}`);
  });

  router.get('/council/:startYear', requirePermission('directory:view'), async (req, res) => {
    const schoolId = req.user!.schoolId;
    const year = await findSchoolYear(prisma, schoolId, String(req.params.startYear));
    const [decisions, years, rolesThatYear] = await Promise.all([
      councilOfYear(prisma, schoolId, year.id),
      listSchoolYears(prisma, schoolId),
      councilRolesInYear(prisma, schoolId, req.user!.staffId, year.id),
    ]);
    const canReadRecords = canReadCouncilRecords({
      startYear: year.startYear,
      rolesThatYear,
      currentStartYear: schoolYearStartOf(req.now),
      canViewAll: req.user!.permissions.has('records:view-all'),
    });
    res.render('council/year', { title: 'council.title', year, years, decisions, rolesThatYear, canReadRecords });
  });

  router.get('/council/:startYear/history', requirePermission('home:view'), async (req, res) => {
    const schoolId = req.user!.schoolId;
    const year = await findSchoolYear(prisma, schoolId, String(req.params.startYear));
    const rolesThatYear = await councilRolesInYear(prisma, schoolId, req.user!.staffId, year.id);
    assertAllowed(
      whyNotReadCouncilRecords({
        startYear: year.startYear,
        rolesThatYear,
        currentStartYear: schoolYearStartOf(req.now),
        canViewAll: req.user!.permissions.has('records:view-all'),
      }),
    );
    const decisionIds = (await prisma.councilDecision.findMany({ where: { schoolId, schoolYearId: year.id }, select: { id: true } })).map((d) => d.id);
    const events = await prisma.auditEvent.findMany({
      where: { schoolId, subject: 'CouncilDecision', subjectId: { in: decisionIds } },
      orderBy: { at: 'asc' },
    });
    res.render('council/history', { title: 'council.historyTitle', year, events });
  });

  const renderNew = async (
    req: Express.Request,
    res: import('express').Response,
    year: { id: string; startYear: number },
    values: Record<string, unknown>,
    errors: Record<string, string>,
    status = 200,
  ) => {
    const staff = await prisma.staff.findMany({ where: { schoolId: req.user!.schoolId, active: true }, select: { id: true, fullName: true, position: true } });
    res.status(status).render('council/new', { title: 'council.newTitle', year, staff: sortByVietnameseName(staff, (s) => s.fullName), values, errors });
  };

  router.get('/council/:startYear/decisions/new', requirePermission('council:manage'), async (req, res) => {
    const year = await findSchoolYear(prisma, req.user!.schoolId, String(req.params.startYear));
    await renderNew(req, res, year, { number: '', signedOn: '', members: {} }, {});
  });

  router.post('/council/:startYear/decisions', requirePermission('council:manage'), async (req, res) => {
    const year = await findSchoolYear(prisma, req.user!.schoolId, String(req.params.startYear));
    const members = membersFromBody(req.body);
    const values = { number: req.body.number ?? '', signedOn: req.body.signedOn ?? '', members };
    const parsed = councilDecisionForm.safeParse({ number: req.body.number ?? '', signedOn: req.body.signedOn ?? '', members });
    if (!parsed.success) return renderNew(req, res, year, values, fieldErrors(parsed.error), 422);
    const chosen = Object.entries(parsed.data.members)
      .filter(([, role]) => role !== '')
      .map(([staffId, role]) => ({ staffId, role: role as CouncilRoleName }));
    try {
      await saveCouncilDecision(prisma, commandContext(req), year.id, { number: parsed.data.number, signedOn: parsed.data.signedOn, members: chosen });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderNew(req, res, year, values, errors, 422);
    }
    flash(req, 'success', 'council.saved');
    res.redirect(`/council/${year.startYear}`);
  });
}
