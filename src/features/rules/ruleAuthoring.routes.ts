// /rules/authored: an administrator copies a rule set into a candidate, edits it section by section (general,
// title criteria, parameters, authorities, dossier) with forms, sees the diff against its source, activates it, and
// later stops applying it (from a day or entirely).
// Every handler: parse → scoped load (404 for another school's set) → policy → command → redirect or 422/409.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { toIsoDate, type RuleSet } from '../../domain/rules/index.ts';
import { addCriterionRow } from '../../domain/rules/authoring/addCriterionRow.ts';
import { applyTitleForm, editableTitle, type EditResult } from '../../domain/rules/authoring/applyTitleForm.ts';
import { applyAuthorityForm, applyDossierForm, applyParameterForm } from '../../domain/rules/authoring/applySectionForms.ts';
import { ruleSetDiff } from '../../domain/rules/authoring/ruleSetDiff.ts';
import { AppError, refusalError } from '../../errors.ts';
import { formatIsoDate } from '../../domain/rules/labels.ts';
import { messageRef } from '../../i18n/index.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { activateRuleSet } from './activateRuleSet.ts';
import { findAuthoredRuleSet } from './authoredRuleSets.queries.ts';
import { copyRuleSet } from './copyRuleSet.ts';
import { editAuthoredRuleSet } from './editAuthoredRuleSet.ts';
import { loadRuleSets } from './loadRuleSets.ts';
import { canEditRuleSet, canStopRuleSet, whyNotEditRuleSet, whyNotStopRuleSet, whyNotStopRuleSetFrom } from './ruleAuthoring.policy.ts';
import { CERTAINTY, YES_NO, formValue, individualTitles, optionsOf, titleEditor } from './ruleAuthoring.presenter.ts';
import { activateForm, addRowForm, copyForm, generalForm, stopForm } from './ruleAuthoring.schemas.ts';
import { stopRuleSet } from './stopRuleSet.ts';

type Errors = Record<string, string>;
interface PageState {
  errors?: Errors;
  values?: Record<string, unknown> | null;
  status?: number;
}

const id = (req: Request) => String(req.params.id);

/** Registers the authoring routes. */
export function registerRuleAuthoringRoutes(router: Router, prisma: PrismaClient): void {
  const load = (req: Request) => findAuthoredRuleSet(prisma, userOf(req).schoolId, id(req));
  const common = { CERTAINTY, YES_NO, optionsOf, formValue };

  const renderNew = async (req: Request, res: Response, o: PageState = {}) => {
    const ruleSets = await loadRuleSets(prisma, userOf(req).schoolId);
    res.status(o.status ?? 200).render('rules/authoredNew', { title: 'authored.newTitle', ruleSets, errors: o.errors ?? {}, values: o.values ?? {} });
  };

  const renderOverview = async (req: Request, res: Response, o: PageState = {}) => {
    const a = await load(req);
    res.status(o.status ?? 200).render('rules/authored', {
      title: 'authored.editorTitle',
      row: a.row,
      rs: a.ruleSet,
      editable: canEditRuleSet(a.row),
      stoppable: canStopRuleSet(a.row),
      titles: individualTitles(a.ruleSet),
      diff: a.baseline ? ruleSetDiff(a.baseline, a.ruleSet) : null,
      baselineName: a.baseline?.name ?? a.row.sourceRuleSetId,
      json: JSON.stringify(a.ruleSet, null, 2),
      errors: o.errors ?? {},
      values: o.values ?? null,
      ...common,
    });
  };

  router.get('/rules/authored/new', requirePermission('rules:edit'), (req, res) =>
    renderNew(req, res, { values: { sourceId: typeof req.query.from === 'string' ? req.query.from : '' } }),
  );

  router.post('/rules/authored', requirePermission('rules:edit'), async (req, res) => {
    const parsed = copyForm.safeParse(req.body);
    if (!parsed.success) return renderNew(req, res, { errors: fieldErrors(parsed.error), values: formValues(req.body), status: 422 });
    try {
      const newId = await copyRuleSet(prisma, commandContext(req), parsed.data);
      flash(req, 'success', 'authored.created');
      res.redirect(`/rules/authored/${newId}`);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderNew(req, res, { errors, values: formValues(req.body), status: 422 });
    }
  });

  router.get('/rules/authored/:id', requirePermission('rules:edit'), (req, res) => renderOverview(req, res));

  /** Runs an edit: the pure form check first (422 with the typed values), then the command (which re-checks). */
  const save = async (
    req: Request,
    res: Response,
    section: string,
    edit: (rs: RuleSet) => EditResult,
    rerender: (o: PageState) => Promise<void>,
    back: string,
  ) => {
    const current = await load(req);
    const refusal = whyNotEditRuleSet(current.row);
    if (refusal) throw refusalError(refusal);
    const checked = edit(current.ruleSet);
    if (!checked.ok) return rerender({ errors: checked.errors, values: formValues(req.body), status: 422 });
    try {
      await editAuthoredRuleSet(prisma, commandContext(req), current.row.id, section, edit);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return rerender({ errors, values: formValues(req.body), status: 422 });
    }
    flash(req, 'success', 'authored.saved');
    res.redirect(back);
  };

  router.post('/rules/authored/:id/general', requirePermission('rules:edit'), async (req, res) => {
    const parsed = generalForm.safeParse(req.body);
    const rerender = (o: PageState) => renderOverview(req, res, o);
    if (!parsed.success) return rerender({ errors: fieldErrors(parsed.error), values: formValues(req.body), status: 422 });
    const { name, effectiveFrom, effectiveTo } = parsed.data;
    if (effectiveTo && effectiveTo < effectiveFrom)
      return rerender({ errors: { effectiveTo: 'Ngày kết thúc hiệu lực phải sau ngày bắt đầu.' }, values: formValues(req.body), status: 422 });
    const edit = (rs: RuleSet): EditResult => ({
      ok: true,
      ruleSet: { ...rs, name, effectiveFrom: toIsoDate(effectiveFrom), effectiveTo: effectiveTo ? toIsoDate(effectiveTo) : null },
    });
    await save(req, res, 'general', edit, rerender, `/rules/authored/${id(req)}`);
  });

  // Title criteria: rows with combinators, awards, thresholds and legal basis.
  const renderTitle = async (req: Request, res: Response, o: PageState = {}) => {
    const a = await load(req);
    const code = String(req.params.code);
    foundOr404(editableTitle(a.ruleSet, code));
    res.status(o.status ?? 200).render('rules/authoredTitle', {
      title: 'authored.titles',
      row: a.row,
      rs: a.ruleSet,
      editable: canEditRuleSet(a.row),
      editor: titleEditor(a.ruleSet, code, o.values ?? null),
      errors: o.errors ?? {},
      ...common,
    });
  };
  router.get('/rules/authored/:id/titles/:code', requirePermission('rules:edit'), (req, res) => renderTitle(req, res));
  router.post('/rules/authored/:id/titles/:code', requirePermission('rules:edit'), async (req, res) => {
    const code = String(req.params.code);
    const body = formValues(req.body);
    await save(
      req,
      res,
      `title:${code}`,
      (rs) => applyTitleForm(rs, code, body),
      (o) => renderTitle(req, res, o),
      `/rules/authored/${id(req)}/titles/${code}`,
    );
  });
  router.post('/rules/authored/:id/titles/:code/rows', requirePermission('rules:edit'), async (req, res) => {
    const code = String(req.params.code);
    const parsed = addRowForm.safeParse(req.body);
    const rerender = (o: PageState) => renderTitle(req, res, { ...o, values: null });
    if (!parsed.success) return rerender({ errors: fieldErrors(parsed.error), status: 422 });
    const { kind, parent } = parsed.data;
    await save(req, res, `title:${code}:add`, (rs) => addCriterionRow(rs, code, kind, parent), rerender, `/rules/authored/${id(req)}/titles/${code}#add`);
  });

  // Parameters, authorities, dossier parts: one table form each.
  const sections = [
    { path: 'parameters', view: 'rules/authoredParameters', title: 'authored.parameters', apply: applyParameterForm },
    { path: 'authorities', view: 'rules/authoredAuthorities', title: 'authored.authorities', apply: applyAuthorityForm },
    { path: 'dossier', view: 'rules/authoredDossier', title: 'authored.dossier', apply: applyDossierForm },
  ] as const;
  for (const s of sections) {
    const render = async (req: Request, res: Response, o: PageState = {}) => {
      const a = await load(req);
      res.status(o.status ?? 200).render(s.view, {
        title: s.title,
        row: a.row,
        rs: a.ruleSet,
        editable: canEditRuleSet(a.row),
        errors: o.errors ?? {},
        values: o.values ?? null,
        ...common,
      });
    };
    router.get(`/rules/authored/:id/${s.path}`, requirePermission('rules:edit'), (req, res) => render(req, res));
    router.post(`/rules/authored/:id/${s.path}`, requirePermission('rules:edit'), async (req, res) => {
      const body = formValues(req.body);
      await save(
        req,
        res,
        s.path,
        (rs) => s.apply(rs, body),
        (o) => render(req, res, o),
        `/rules/authored/${id(req)}/${s.path}`,
      );
    });
  }

  router.post('/rules/authored/:id/activate', requirePermission('rules:edit'), async (req, res) => {
    const parsed = activateForm.safeParse(req.body);
    if (!parsed.success) return renderOverview(req, res, { errors: fieldErrors(parsed.error), values: formValues(req.body), status: 422 });
    const current = await load(req);
    try {
      await activateRuleSet(prisma, commandContext(req), current.row.id, parsed.data.reason);
    } catch (error) {
      // The overlap refusal is shown beside the reason, the reason kept (409).
      if (error instanceof AppError && error.code === 'conflict' && error.field === 'reason') {
        return renderOverview(req, res, {
          errors: { reason: (res.locals.t as (k: string, p?: Record<string, string | number>) => string)(error.userMessage ?? '', error.params) },
          values: formValues(req.body),
          status: 409,
        });
      }
      throw error;
    }
    flash(req, 'success', 'authored.activated');
    res.redirect(`/rules/authored/${current.row.id}`);
  });

  // Stop applying an active set, from a day (its period ends the day before) or entirely; a reason either way.
  router.post('/rules/authored/:id/stop', requirePermission('rules:edit'), async (req, res) => {
    const current = await load(req);
    const refusal = whyNotStopRuleSet(current.row);
    if (refusal) throw refusalError(refusal);
    const rerender = (errors: Errors) => renderOverview(req, res, { errors, values: formValues(req.body), status: 422 });
    const parsed = stopForm.safeParse(req.body);
    if (!parsed.success) return rerender(fieldErrors(parsed.error));
    const { mode, reason } = parsed.data;
    const stopFrom = mode === 'from' ? parsed.data.stopFrom : null;
    const why = stopFrom ? whyNotStopRuleSetFrom(current.row, stopFrom) : null;
    if (why) return rerender({ stopFrom: messageRef(why.messageKey, why.params ?? {}) });
    try {
      await stopRuleSet(prisma, commandContext(req), current.row.id, { stopFrom, reason });
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return rerender(errors);
    }
    flash(req, 'success', stopFrom ? messageRef('authored.stoppedFrom', { date: formatIsoDate(toIsoDate(stopFrom)) }) : 'authored.deactivated');
    res.redirect(`/rules/authored/${current.row.id}`);
  });
}
