// A person's own registration (and a group leader's for the collective, the chair's for the school): the form with
// rules-engine warnings, save or submit within the window, copy from last year, evidence and progress mid-year.
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { whyWindowClosed } from '../../domain/registrationWindows.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formList, formText, formValues } from '../../http/forms.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import { singleUpload } from '../../http/upload.ts';
import { downloadFile } from '../files/files.routes.ts';
import { acceptUpload } from '../files/storeFile.ts';
import { addEvidence } from './addEvidence.ts';
import { markProgress } from './markProgress.ts';
import { canEdit, canMarkProgress, whyNotAddEvidence, whyNotEdit, whyNotMarkProgress, whyNotRegisterFor, whyNotView } from './registration.policy.ts';
import { findRegistration, impossibleTargets, registrationSetting, visibleRegistrationsWhere } from './registration.queries.ts';
import { evidenceForm, progressForm, registrationForm } from './registration.schemas.ts';
import { saveRegistration, type Owner } from './registrationCommands.ts';
import { withChoiceLists, withChoices } from './registrationChoices.ts';
import { OPTIONS } from './registrationOptions.ts';

/** Registers /registrations routes for registrants. */
export function registerRegistrationRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const year = (req: Request) => foundOr404(userOf(req).schoolYear);
  const ownerFor = async (req: Request, subject: string): Promise<Owner> => {
    const kind = subject === 'collective' || subject === 'school' ? subject : 'staff';
    assertAllowed(whyNotRegisterFor(userOf(req), kind));
    if (kind === 'collective') return { subject: 'collective', staffId: null, collectiveId: userOf(req).ledCollectiveIds[0]! };
    if (kind === 'school') {
      const school = foundOr404(await prisma.collective.findFirst({ where: { schoolId: userOf(req).schoolId, kind: 'school' } }));
      return { subject: 'school', staffId: null, collectiveId: school.id };
    }
    return { subject: 'staff', staffId: userOf(req).staffId, collectiveId: null };
  };

  const renderForm = async (
    req: Request,
    res: Response,
    owner: Owner,
    o: { values: Record<string, unknown>; errors: Record<string, string>; status?: number; id?: string; windowReason?: string | null },
  ) => {
    const y = year(req);
    const setting = await registrationSetting(prisma, userOf(req).schoolId, y.id);
    const warnings = owner.staffId ? await impossibleTargets(prisma, userOf(req).schoolId, owner.staffId, y.startYear) : {};
    res.status(o.status ?? 200).render('registrations/form', {
      title: 'registrations.formTitle',
      owner,
      options: OPTIONS[owner.subject],
      movements: setting.movements,
      windows: setting.windows,
      windowReason: o.windowReason ?? whyWindowClosed(setting.windows, req.now),
      warnings,
      startYear: y.startYear,
      ...o,
    });
  };

  router.get('/registrations', requirePermission('registration:submit-own'), async (req, res) => {
    const y = year(req);
    const visible = await visibleRegistrationsWhere(prisma, userOf(req));
    const mine = userOf(req).staffId
      ? await prisma.registration.findFirst({ where: { AND: [visible, { schoolYearId: y.id, staffId: userOf(req).staffId }] } })
      : null;
    const collective = userOf(req).ledCollectiveIds[0]
      ? await prisma.registration.findFirst({ where: { AND: [visible, { schoolYearId: y.id, collectiveId: userOf(req).ledCollectiveIds[0] }] } })
      : null;
    const setting = await registrationSetting(prisma, userOf(req).schoolId, y.id);
    const memberIds = userOf(req).ledCollectiveIds.length
      ? await prisma.staff.findMany({
          where: { schoolId: userOf(req).schoolId, collectiveId: { in: userOf(req).ledCollectiveIds } },
          select: { id: true, fullName: true },
        })
      : [];
    const memberRegs = memberIds.length
      ? await prisma.registration.findMany({
          where: { AND: [visible, { schoolYearId: y.id, staffId: { in: memberIds.map((m) => m.id) } }] },
          select: { id: true, staffId: true, status: true },
        })
      : [];
    const members = memberRegs
      .map((r) => ({ ...r, name: memberIds.find((m) => m.id === r.staffId)?.fullName ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    res.render('registrations/index', {
      title: 'registrations.title',
      mine,
      collective,
      members,
      startYear: y.startYear,
      windows: setting.windows,
      windowReason: whyWindowClosed(setting.windows, req.now),
    });
  });

  router.get('/registrations/new', requirePermission('registration:submit-own'), async (req, res) => {
    const owner = await ownerFor(req, formText(req.query.subject, 'staff'));
    const y = year(req);
    const existing = await prisma.registration.findFirst({
      where: { schoolYearId: y.id, ...(owner.staffId ? { staffId: owner.staffId } : { collectiveId: owner.collectiveId }) },
    });
    if (existing) return res.redirect(`/registrations/${existing.id}`);
    let values: Record<string, unknown> = { titles: [], forms: [], initiativeTitle: '', movementIds: [], commitments: '' };
    if (req.query.copy === '1') {
      const last = await prisma.registration.findFirst({
        where: {
          schoolId: userOf(req).schoolId,
          ...(owner.staffId ? { staffId: owner.staffId } : { collectiveId: owner.collectiveId }),
          schoolYearId: { not: y.id },
        },
        orderBy: { createdAt: 'desc' },
        include: withChoices,
      });
      if (last) {
        const { titles, forms, movementIds } = withChoiceLists(last);
        values = { titles, forms, initiativeTitle: '', movementIds, commitments: last.commitments, copied: true };
      }
    }
    await renderForm(req, res, owner, { values, errors: {} });
  });

  const save = async (req: Request, res: Response, owner: Owner, id?: string) => {
    const values = {
      ...formValues(req.body),
      titles: formList(req.body, 'titles'),
      forms: formList(req.body, 'forms'),
      movementIds: formList(req.body, 'movementIds'),
    };
    const parsed = registrationForm.safeParse(req.body);
    if (!parsed.success) return renderForm(req, res, owner, { values, errors: fieldErrors(parsed.error), status: 422, id });
    const y = year(req);
    const submit = parsed.data.action === 'submit';
    if (submit) {
      const reason = whyWindowClosed((await registrationSetting(prisma, userOf(req).schoolId, y.id)).windows, req.now);
      if (reason) return renderForm(req, res, owner, { values, errors: { _form: reason }, status: 422, id, windowReason: reason });
    }
    let savedId: string;
    try {
      savedId = await saveRegistration(prisma, commandContext(req), y.id, owner, { ...parsed.data, submit });
    } catch (error) {
      const errors =
        fieldErrorsOf(error) ?? (error instanceof AppError && error.code === 'conflict' ? { _form: error.userMessage ?? 'error.conflict.body' } : undefined);
      if (!errors) throw error;
      return renderForm(req, res, owner, { values, errors, status: error instanceof AppError && error.code === 'conflict' ? 409 : 422, id });
    }
    flash(req, 'success', submit ? 'registrations.submitted' : 'registrations.saved');
    res.redirect(`/registrations/${savedId}`);
  };

  router.post('/registrations', requirePermission('registration:submit-own'), async (req, res) =>
    save(req, res, await ownerFor(req, formText(formValues(req.body).subject, 'staff'))),
  );

  router.get('/registrations/:id', requirePermission('registration:submit-own'), async (req, res) => {
    const { reg, facts, ownerName, staffCode } = await findRegistration(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotView(userOf(req), facts));
    const owner: Owner = { subject: reg.subject, staffId: reg.staffId, collectiveId: reg.collectiveId };
    if (canEdit(userOf(req), facts) && req.query.view !== '1') {
      return renderForm(req, res, owner, { id: reg.id, values: { ...reg, initiativeTitle: reg.initiativeTitle ?? '', revision: reg.revision }, errors: {} });
    }
    const movements = await prisma.movement.findMany({ where: { id: { in: reg.movementIds } }, select: { name: true } });
    const { schoolId, schoolYear } = userOf(req);
    const warnings = reg.staffId && schoolYear ? await impossibleTargets(prisma, schoolId, reg.staffId, schoolYear.startYear) : {};
    const flagged = [...reg.titles, ...reg.forms].filter((c) => warnings[c]).map((code) => ({ code, reason: warnings[code]! }));
    res.render('registrations/show', {
      title: 'registrations.showTitle',
      reg,
      ownerName,
      staffCode,
      movements,
      flagged,
      canProgress: canMarkProgress(userOf(req), facts),
      isOwnerView: reg.staffId === userOf(req).staffId,
      errors: {},
    });
  });

  router.post('/registrations/:id', requirePermission('registration:submit-own'), async (req, res) => {
    const { reg, facts } = await findRegistration(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotView(userOf(req), facts) ?? whyNotEdit(userOf(req), facts));
    await save(req, res, { subject: reg.subject, staffId: reg.staffId, collectiveId: reg.collectiveId }, reg.id);
  });

  router.post('/registrations/:id/evidence', requirePermission('registration:submit-own'), singleUpload(env), async (req, res) => {
    const { reg, facts } = await findRegistration(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotAddEvidence(userOf(req), facts));
    const parsed = evidenceForm.safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', 'registrations.evidenceNeedsText');
      return res.redirect(`/registrations/${reg.id}?view=1`);
    }
    const file = req.file && req.file.size > 0 ? { ...(await acceptUpload(req.file)), bytes: req.file.buffer } : undefined;
    await addEvidence(prisma, commandContext(req), reg.id, parsed.data.text, file);
    flash(req, 'success', 'registrations.evidenceAdded');
    res.redirect(`/registrations/${reg.id}?view=1`);
  });

  router.get('/registrations/files/:id', requirePermission('registration:submit-own'), downloadFile(prisma));

  router.post('/registrations/:id/progress', requirePermission('registration:submit-own'), async (req, res) => {
    const { reg, facts } = await findRegistration(prisma, userOf(req), paramId(req.params));
    assertAllowed(whyNotView(userOf(req), facts) ?? whyNotMarkProgress(userOf(req), facts));
    const parsed = progressForm.safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', 'registrations.progressNeedsNote');
      return res.redirect(`/registrations/${reg.id}?view=1`);
    }
    await markProgress(prisma, commandContext(req), reg.id, parsed.data.note);
    flash(req, 'success', 'registrations.progressSaved');
    res.redirect(`/registrations/${reg.id}?view=1`);
  });
}
