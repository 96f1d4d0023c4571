// Editing a plan in the browser: one section at a time (text with "#" headings), and the rest of the document.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { editPlan } from './planCommands.ts';
import { whyNotEdit } from './plan.policy.ts';
import { findPlan } from './plan.queries.ts';
import { markupToSection, sectionToMarkup } from './planMarkup.ts';
import { carryOverMarks, readCarryOver } from './planCarryOver.ts';
import { presentMarks } from './planCarryOver.presenter.ts';
import { parseRecipientLine, planMetaForm, SECTION_MAX_CHARS, sectionForm } from './plan.schemas.ts';
import { parseAnniversaryRows, parseBasedOnRows, rowsOfForm, rowsOfPlan } from './planRows.ts';

function sectionIndex(req: Request, count: number): number {
  const i = Number(req.params.index);
  if (!Number.isInteger(i) || i < 0 || i >= count) throw new AppError('not_found', 'error.notFound.body');
  return i;
}

/** The carried-over lines of one section (index) or of the rest of the plan (null), for its editing page. */
function marksOf(plan: Awaited<ReturnType<typeof findPlan>>, section: number | null) {
  const carry = readCarryOver(plan.carryOver);
  const marks = presentMarks(plan.id, carryOverMarks(plan, carry)).filter((l) => (section === null ? !l.href.includes('/sections/') : l.section === section));
  return { carry, marks };
}

/** Registers the plan editing routes. */
export function registerPlanEditRoutes(router: Router, prisma: PrismaClient): void {
  const load = async (req: Request) => {
    const plan = await findPlan(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotEdit(userOf(req), plan));
    return plan;
  };

  router.get('/plans/:id/sections/:index/edit', requirePermission('plan:edit'), async (req, res) => {
    const plan = await load(req);
    const section = plan.content.sections[sectionIndex(req, plan.content.sections.length)]!;
    res.render('plans/editSection', {
      title: 'plans.editSectionTitle',
      plan,
      section,
      ...marksOf(plan, plan.content.sections.indexOf(section)),
      values: { title: section.title ?? '', body: sectionToMarkup(section), revision: plan.revision },
      errors: {},
    });
  });

  router.post('/plans/:id/sections/:index', requirePermission('plan:edit'), async (req, res) => {
    const plan = await load(req);
    const index = sectionIndex(req, plan.content.sections.length);
    const section = plan.content.sections[index]!;
    const rerender = (errors: Record<string, string>, status = 422) =>
      res
        .status(status)
        .render('plans/editSection', { title: 'plans.editSectionTitle', plan, section, ...marksOf(plan, index), values: formValues(req.body), errors });
    const parsed = sectionForm.safeParse(req.body);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      // The refusal states the limit and how long the text is, so the user knows how much to cut.
      if (errors.body === 'plan.sectionTooLong') {
        const typed = formValues(req.body).body;
        const count = typeof typed === 'string' ? typed.length : 0;
        errors.body = res.locals.t('plan.sectionTooLong', { max: SECTION_MAX_CHARS.toLocaleString('vi-VN'), count: count.toLocaleString('vi-VN') });
      }
      return rerender(errors);
    }
    const { section: edited, errors } = markupToSection(section.number, parsed.data.title, parsed.data.body);
    if (errors.length)
      return rerender({
        body: res.locals.t(errors[0]!.message === 'plan.markupHeading' ? 'plan.markupHeadingLine' : 'plan.markupLine', { line: errors[0]!.line }),
      });
    try {
      await editPlan(prisma, commandContext(req), plan.id, parsed.data.revision, ({ content }) => {
        const sections = content.sections.map((s, i) => (i === index ? edited : s));
        return { content: { ...content, sections } };
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'conflict') return rerender({ _form: error.userMessage ?? 'error.conflict.body' }, 409);
      throw error;
    }
    flash(req, 'success', 'plans.saved');
    res.redirect(`/plans/${plan.id}#section-${index}`);
  });

  const metaValues = (plan: Awaited<ReturnType<typeof findPlan>>) => ({
    title: plan.title,
    preamble: plan.content.preamble.join('\n'),
    closing: plan.content.closing,
    recipients: plan.content.recipients.map((r) => (r.purpose ? `${r.name} | ${r.purpose}` : r.name)).join('\n'),
    signatureOnBehalfOf: plan.content.signature.onBehalfOf ?? '',
    signatureTitle: plan.content.signature.title,
    signatureName: plan.content.signature.name,
    revision: plan.revision,
  });

  router.get('/plans/:id/edit', requirePermission('plan:edit'), async (req, res) => {
    const plan = await load(req);
    res.render('plans/editMeta', {
      title: 'plans.editMetaTitle',
      plan,
      ...marksOf(plan, null),
      values: metaValues(plan),
      rows: rowsOfPlan(plan.basedOn, plan.anniversaries),
      errors: {},
    });
  });

  router.post('/plans/:id/edit', requirePermission('plan:edit'), async (req: Request, res: Response) => {
    const plan = await load(req);
    const body = formValues(req.body);
    const rerender = (errors: Record<string, string>, status = 422) =>
      res.status(status).render('plans/editMeta', { title: 'plans.editMetaTitle', plan, ...marksOf(plan, null), values: body, rows: rowsOfForm(body), errors });
    const parsed = planMetaForm.safeParse(req.body);
    const basedOn = parseBasedOnRows(body);
    const anniversaries = parseAnniversaryRows(body);
    // Every refusal at once: the fields of the form and each bad cell of the rows, each beside its own field.
    const rowErrors = Object.fromEntries(Object.entries({ ...basedOn.errors, ...anniversaries.errors }).map(([k, e]) => [k, res.locals.m(e.key, e.params)]));
    if (!parsed.success || Object.keys(rowErrors).length) return rerender({ ...(parsed.success ? {} : fieldErrors(parsed.error)), ...rowErrors });
    const f = parsed.data;
    try {
      await editPlan(prisma, commandContext(req), plan.id, f.revision, ({ content }) => ({
        title: f.title,
        content: {
          ...content,
          preamble: f.preamble,
          closing: f.closing,
          recipients: f.recipients.map(parseRecipientLine),
          signature: { onBehalfOf: f.signatureOnBehalfOf || null, title: f.signatureTitle, name: f.signatureName },
        },
        basedOn: basedOn.entries,
        anniversaries: anniversaries.entries,
      }));
    } catch (error) {
      if (error instanceof AppError && error.code === 'conflict') return rerender({ _form: error.userMessage ?? 'error.conflict.body' }, 409);
      throw error;
    }
    flash(req, 'success', 'plans.saved');
    res.redirect(`/plans/${plan.id}`);
  });
}
