// The manual nomination form: candidate (a group leader's own groups and people only), title or form, kind, movement,
// achievement summary and justification (evidence files are added on the nomination's page). The page shows, for every title, who decides and where the list goes
// (the authority table of the rule set in force).
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { nominationRoute } from '../../domain/nominations/nominationRoute.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import { AWARD_CODES } from '../meetings/meetings.schemas.ts';
import { ruleSetOn } from '../meetings/meetingRules.ts';
import { visibleMovementsWhere } from '../movements/movement.queries.ts';
import { createNomination } from './createNomination.ts';
import { proposalScope, whyNotPropose } from './nomination.policy.ts';
import { newNominationForm } from './nominations.schemas.ts';

/** Registers GET /nominations/new and POST /nominations. */
export function registerNewNominationRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (req: Request, res: Response, status: number, extra: Record<string, unknown> = {}) => {
    const year = foundOr404(userOf(req).schoolYear);
    const schoolId = userOf(req).schoolId;
    // A group leader is offered only their groups and their groups' people (proposalScope).
    const scope = proposalScope(userOf(req));
    const groups = scope.all ? {} : { in: scope.collectiveIds };
    const [staff, collectives, movements, ruleSet] = await Promise.all([
      prisma.staff.findMany({
        where: { schoolId, active: true, ...(scope.all ? {} : { collectiveId: groups }) },
        select: { id: true, fullName: true },
        orderBy: { fullName: 'asc' },
      }),
      prisma.collective.findMany({
        where: { schoolId, ...(scope.all ? {} : { id: groups }) },
        select: { id: true, name: true },
        orderBy: { sortOrder: 'asc' },
      }),
      prisma.movement.findMany({ where: visibleMovementsWhere(userOf(req)), select: { id: true, name: true } }),
      prisma.schoolYear.findFirstOrThrow({ where: { id: year.id, schoolId } }).then((y) => ruleSetOn(prisma, schoolId, y.evaluationDate)),
    ]);
    const routes = AWARD_CODES.map((code) => ({ code, route: nominationRoute(ruleSet, code) ?? null }));
    res.status(status).render('nominations/new', { title: 'nominations.newTitle', staff, collectives, movements, routes, values: {}, errors: {}, ...extra });
  };

  router.get('/nominations/new', requirePermission('nomination:propose'), async (req, res) => {
    assertAllowed(whyNotPropose(userOf(req)));
    await render(req, res, 200);
  });

  router.post('/nominations', requirePermission('nomination:propose'), async (req, res) => {
    assertAllowed(whyNotPropose(userOf(req)));
    const year = foundOr404(userOf(req).schoolYear);
    const values = formValues(req.body);
    const parsed = newNominationForm.safeParse(values);
    if (!parsed.success) return render(req, res, 422, { values, errors: fieldErrors(parsed.error) });
    try {
      const id = await createNomination(prisma, commandContext(req), year, parsed.data, proposalScope(userOf(req)));
      flash(req, 'success', 'nominations.created');
      // A group leader proposes without reading the council's list: back to the form, with the confirmation.
      res.redirect(userOf(req).permissions.has('ballot:cast') ? `/nominations#n-${id}` : '/nominations/new');
    } catch (error) {
      if (error instanceof AppError && error.code === 'unprocessable')
        return render(req, res, 422, { values, errors: { [error.field ?? 'file']: error.userMessage } });
      throw error;
    }
  });
}
