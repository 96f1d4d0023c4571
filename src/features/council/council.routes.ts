// The council of each school year: members on a date with their terms, a new decision, and the year's history.
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { schoolYearStartOf } from '../../domain/schoolYear.ts';
import { sortByVietnameseName } from '../../domain/vietnameseNames.ts';
import { vietnamDay } from '../../domain/deadlines.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { optionalDate } from '../../http/formFields.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { councilDecisionForm, initiativeFromBody, membersFromBody, seatsOf, type CouncilFormValues } from './council.schemas.ts';
import { canReadCouncilRecords, whyNotReadCouncilRecords } from './council.policy.ts';
import { councilOfYear, currentInitiativeChair, findSchoolYear, listSchoolYears } from './council.queries.ts';
import { councilMembersOn } from './councilMembersOn.ts';
import { councilRolesInYear } from './councilRoles.ts';
import { saveCouncilDecision } from './saveCouncilDecision.ts';
import { rulesForYear } from '../initiatives/initiative.queries.ts';
import { loadSubjectNames } from '../audit/auditNames.queries.ts';
import { presentAuditEvent } from '../audit/audit.presenter.ts';

/** Registers /council routes. */
export function registerCouncilRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/council', requirePermission('directory:view'), (req, res) => {
    res.redirect(`/council/${userOf(req).schoolYear?.startYear ?? schoolYearStartOf(req.now)}`);
  });

  router.get('/council/:startYear', requirePermission('directory:view'), async (req, res) => {
    const schoolId = userOf(req).schoolId;
    const year = await findSchoolYear(prisma, schoolId, String(req.params.startYear));
    const on = dayWithinYear(optionalDate.safeParse(req.query.on).data ?? vietnamDay(req.now), year);
    const [council, members, initiativeMembers, years, rolesThatYear] = await Promise.all([
      councilOfYear(prisma, schoolId, year),
      councilMembersOn(prisma, schoolId, on, 'council'),
      councilMembersOn(prisma, schoolId, on, 'initiative'),
      listSchoolYears(prisma, schoolId),
      councilRolesInYear(prisma, schoolId, userOf(req).staffId, year.id),
    ]);
    const canReadRecords = canReadCouncilRecords({
      startYear: year.startYear,
      rolesThatYear,
      currentStartYear: schoolYearStartOf(req.now),
      canViewAll: userOf(req).permissions.has('records:view-all'),
    });
    res.render('council/year', { title: 'council.title', year, years, ...council, on, members, initiativeMembers, rolesThatYear, canReadRecords });
  });

  // The council pages' gate; which years one may read is the record policy's (former members keep their years).
  router.get('/council/:startYear/history', requirePermission('directory:view'), async (req, res) => {
    const schoolId = userOf(req).schoolId;
    const year = await findSchoolYear(prisma, schoolId, String(req.params.startYear));
    const rolesThatYear = await councilRolesInYear(prisma, schoolId, userOf(req).staffId, year.id);
    assertAllowed(
      whyNotReadCouncilRecords({
        startYear: year.startYear,
        rolesThatYear,
        currentStartYear: schoolYearStartOf(req.now),
        canViewAll: userOf(req).permissions.has('records:view-all'),
      }),
    );
    const decisionIds = (await prisma.councilDecision.findMany({ where: { schoolId, schoolYearId: year.id }, select: { id: true } })).map((d) => d.id);
    const events = await prisma.auditEvent.findMany({
      where: { schoolId, subject: 'CouncilDecision', subjectId: { in: decisionIds } },
      orderBy: { at: 'asc' },
      include: { actor: { select: { id: true, displayName: true } } },
    });
    // Read as sentences with names, like the audit page (issue 15 §6).
    const names = await loadSubjectNames(prisma, schoolId, events);
    const actors = new Map(events.flatMap((e) => (e.actor ? [[e.actor.id, e.actor.displayName] as const] : [])));
    const presented = events.map((e) => presentAuditEvent(res.locals.t, e, actors, names));
    res.render('council/history', { title: 'council.historyTitle', year, events: presented });
  });

  const renderNew = async (
    req: Express.Request,
    res: import('express').Response,
    year: { id: string; startYear: number },
    values: CouncilFormValues,
    errors: Record<string, string>,
    status = 200,
  ) => {
    const staff = await prisma.staff.findMany({
      where: { schoolId: userOf(req).schoolId, active: true },
      select: { id: true, fullName: true, position: true },
    });
    const { rules } = await rulesForYear(prisma, userOf(req).schoolId, year.id);
    res.status(status).render('council/new', {
      title: 'council.newTitle',
      year,
      staff: sortByVietnameseName(staff, (s) => s.fullName),
      values,
      errors,
      initiativeRules: rules.council,
    });
  };

  router.get('/council/:startYear/decisions/new', requirePermission('council:manage'), async (req, res) => {
    const year = await findSchoolYear(prisma, userOf(req).schoolId, String(req.params.startYear));
    // The form starts from the council in office today (or on the nearest day of that school year).
    const current = await councilMembersOn(prisma, userOf(req).schoolId, dayWithinYear(vietnamDay(req.now), year), 'all');
    const members = Object.fromEntries(current.filter((m) => m.role !== 'initiative_council').map((m) => [m.staffId, m.role]));
    const initiative = current.filter((m) => m.role === 'initiative_council').map((m) => m.staffId);
    const initiativeChair = (await currentInitiativeChair(prisma, userOf(req).schoolId, initiative)) ?? '';
    await renderNew(req, res, year, { number: '', signedOn: '', effectiveOn: '', members, initiative, initiativeChair }, {});
  });

  router.post('/council/:startYear/decisions', requirePermission('council:manage'), async (req, res) => {
    const year = await findSchoolYear(prisma, userOf(req).schoolId, String(req.params.startYear));
    const body = formValues(req.body);
    const text = (k: string) => (typeof body[k] === 'string' ? body[k] : '');
    const values: CouncilFormValues = {
      number: text('number'),
      signedOn: text('signedOn'),
      effectiveOn: text('effectiveOn'),
      members: membersFromBody(body),
      initiative: initiativeFromBody(body),
      initiativeChair: text('initiativeChair'),
    };
    const parsed = councilDecisionForm.safeParse(values);
    if (!parsed.success) return renderNew(req, res, year, values, fieldErrors(parsed.error), 422);
    const { number, signedOn, effectiveOn, members, initiative, initiativeChair } = parsed.data;
    try {
      await saveCouncilDecision(prisma, commandContext(req), year.id, {
        number,
        signedOn,
        effectiveOn,
        members: seatsOf(members, initiative, initiativeChair),
        initiativeChairId: initiativeChair || null,
      });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderNew(req, res, year, values, errors, 422);
    }
    flash(req, 'success', 'council.saved');
    res.redirect(`/council/${year.startYear}`);
  });
}

/** The date clamped into the school year (the page of another year shows its first or last day). */
function dayWithinYear(date: Date, year: { startsOn: Date; endsOn: Date }): Date {
  return date < year.startsOn ? year.startsOn : date > year.endsOn ? year.endsOn : date;
}
