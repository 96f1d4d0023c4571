// The initiative scheme's settings page for the current school year (the council's secretary or chair): rubric,
// grade bands, third-review gap, rounding, reminders, deadlines and the collective exclusion.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { schemeSettingsErrors } from '../../domain/initiatives/schemeSettings.ts';
import { rulesForYear, schoolYearOf, submissionDeadline } from './initiative.queries.ts';
import { parseSettingsForm, RUBRIC_ROWS, settingsValues, type SettingsValues } from './initiativeSettings.schemas.ts';
import { saveInitiativeSettings, SettingsRejected } from './saveInitiativeSettings.ts';
import { formValues } from '../../http/forms.ts';

/** Registers /initiatives/settings (before /initiatives/:id). */
export function registerInitiativeSettingsRoutes(router: Router, prisma: PrismaClient): void {
  const load = async (req: Request) => {
    const year = userOf(req).schoolYear;
    if (!year) throw new AppError('not_found', 'error.notFound.body');
    const { rules, scoringDueOn } = await rulesForYear(prisma, userOf(req).schoolId, year.id);
    const scored = (await prisma.initiativeScore.count({ where: { schoolId: userOf(req).schoolId, initiative: { schoolYearId: year.id } } })) > 0;
    return { year, rules, scoringDueOn, scored };
  };
  const render = (res: Response, o: Awaited<ReturnType<typeof load>>, values: SettingsValues, errors: Record<string, string>, status = 200) => {
    res.status(status).render('initiatives/settings', {
      title: 'initiativeSettings.title',
      startYear: o.year.startYear,
      rules: o.rules,
      scored: o.scored,
      rows: RUBRIC_ROWS,
      values,
      errors,
    });
  };

  router.get('/initiatives/settings', requirePermission('initiative:manage'), async (req, res) => {
    const o = await load(req);
    render(res, o, settingsValues(o.rules, await submissionDeadline(prisma, userOf(req).schoolId, o.year.id), o.scoringDueOn), {});
  });

  router.post('/initiatives/settings', requirePermission('initiative:manage'), async (req, res) => {
    const o = await load(req);
    const { values, errors, settings } = parseSettingsForm(formValues(req.body), o.rules.grades.bands);
    if (Object.keys(errors).length) {
      // Show the rules' messages (rubric total, band order, dates) together with the fields that did not parse.
      const rules = schemeSettingsErrors(settings, await schoolYearOf(prisma, userOf(req).schoolId, o.year.id));
      return render(res, o, values, { ...rules, ...errors }, 422);
    }
    try {
      await saveInitiativeSettings(prisma, commandContext(req), o.year.id, settings);
    } catch (error) {
      if (error instanceof SettingsRejected) return render(res, o, values, error.fieldErrors, error.code === 'conflict' ? 409 : 422);
      throw error;
    }
    flash(req, 'success', 'initiativeSettings.saved');
    res.redirect('/initiatives/settings');
  });
}
