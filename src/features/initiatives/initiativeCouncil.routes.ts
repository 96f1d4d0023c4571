// The council's result list and documents: minutes (secretary), the recognition decision (the head), downloads of
// both from their snapshot, each author's certificate, and the upper level's later decision.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { renderDocx } from '../../documents/docx/renderDocx.ts';
import { initiativeCertificateDocument } from '../../documents/initiatives/initiativeCertificateDocument.ts';
import { initiativeDecisionDocument } from '../../documents/initiatives/initiativeDecisionDocument.ts';
import { initiativeMinutesDocument } from '../../documents/initiatives/initiativeMinutesDocument.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { renderPdf } from '../../documents/pdf/renderPdf.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { canView, manages } from './initiative.policy.ts';
import { factsOf } from './initiative.presenter.ts';
import { findInitiative } from './initiative.queries.ts';
import { upperDecisionForm } from './initiative.schemas.ts';
import { councilResults } from './councilResults.ts';
import { issuedCouncilDoc, type CouncilDocKind } from './issuedCouncilDocs.ts';
import { issueInitiativeDecision } from './issueInitiativeDecision.ts';
import { issueInitiativeMinutes } from './issueInitiativeMinutes.ts';
import { recordUpperDecision } from './recordUpperDecision.ts';

const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

async function send(res: Response, doc: OfficialDocument, name: string, format: keyof typeof TYPES) {
  res
    .attachment(`${name}.${format}`)
    .type(TYPES[format])
    .send(format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc));
}

/** Registers /initiatives/council and the certificate routes. */
export function registerInitiativeCouncilRoutes(router: Router, prisma: PrismaClient): void {
  const year = (req: Request) => {
    const { schoolYear } = userOf(req);
    if (!schoolYear) throw new AppError('not_found', 'error.notFound.body');
    return schoolYear;
  };

  router.get('/initiatives/council', requirePermission('initiative:manage'), async (req, res) => {
    const y = year(req);
    res.render('initiatives/council', {
      title: 'initiatives.councilTitle',
      startYear: y.startYear,
      ...(await councilResults(prisma, userOf(req).schoolId, y.id, req.now)),
      minutes: await issuedCouncilDoc(prisma, userOf(req).schoolId, y.id, 'minutes'),
      decision: await issuedCouncilDoc(prisma, userOf(req).schoolId, y.id, 'decision'),
    });
  });

  const issueFailed = (req: Request, res: Response, error: unknown) => {
    if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
    flash(req, 'error', error.userMessage ?? 'error.conflict.body');
    res.redirect('/initiatives/council');
  };

  router.post('/initiatives/council/minutes', requirePermission('initiative:manage'), async (req, res) => {
    const body = formValues(req.body);
    const present = [body.present ?? []].flat().map(String);
    try {
      await issueInitiativeMinutes(prisma, commandContext(req), year(req).id, present);
    } catch (error) {
      return issueFailed(req, res, error);
    }
    flash(req, 'success', 'initiatives.minutesDone');
    res.redirect('/initiatives/council');
  });

  router.post('/initiatives/council/decision', requirePermission('initiative:recognise'), async (req, res) => {
    const school = await prisma.school.findUniqueOrThrow({ where: { id: userOf(req).schoolId } });
    try {
      await issueInitiativeDecision(prisma, commandContext(req), year(req).id, school.documentPrefix);
    } catch (error) {
      return issueFailed(req, res, error);
    }
    flash(req, 'success', 'initiatives.decisionDone');
    res.redirect('/initiatives/council');
  });

  const download = (kind: CouncilDocKind, format: keyof typeof TYPES) => async (req: Request, res: Response) => {
    const issued = await issuedCouncilDoc(prisma, userOf(req).schoolId, year(req).id, kind);
    if (!issued) throw new AppError('not_found', 'error.notFound.body');
    const doc = kind === 'minutes' ? initiativeMinutesDocument(issued.data) : initiativeDecisionDocument(issued.data);
    await send(res, doc, `${kind === 'minutes' ? 'bien-ban-hoi-dong-sang-kien' : 'quyet-dinh-cong-nhan-sang-kien'}-${issued.data.startYear}`, format);
  };
  router.get('/initiatives/council/minutes.pdf', requirePermission('initiative:manage'), download('minutes', 'pdf'));
  router.get('/initiatives/council/minutes.docx', requirePermission('initiative:manage'), download('minutes', 'docx'));
  router.get('/initiatives/council/decision.pdf', requirePermission('initiative:manage'), download('decision', 'pdf'));
  router.get('/initiatives/council/decision.docx', requirePermission('initiative:manage'), download('decision', 'docx'));

  // An author's certificate, drawn from the decision's snapshot: the author themself and the organisers only.
  router.get('/initiatives/:id/certificate.pdf', requirePermission('initiative:submit-own'), async (req, res) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    if (!canView(userOf(req), factsOf(i)) || i.status !== 'recognised' || !i.schoolYearId) throw new AppError('not_found', 'error.notFound.body');
    const staffId = typeof req.query.author === 'string' ? req.query.author : userOf(req).staffId;
    if (staffId !== userOf(req).staffId && !manages(userOf(req))) throw new AppError('forbidden', 'initiatives.notYourCertificate');
    const issued = await issuedCouncilDoc(prisma, userOf(req).schoolId, i.schoolYearId, 'decision');
    const row = issued?.data.rows.find((r) => r.id === i.id);
    const name = i.authors.find((a) => a.staffId === staffId)?.staff.fullName;
    const index = row ? row.authors.findIndex((a) => a.name === name) : -1;
    if (!issued || !row || index < 0) throw new AppError('not_found', 'error.notFound.body');
    await send(res, initiativeCertificateDocument(issued.data, row, index), `giay-chung-nhan-sang-kien-${index + 1}`, 'pdf');
  });

  router.post('/initiatives/:id/upper-decision', requirePermission('initiative:manage'), async (req, res) => {
    const i = await findInitiative(prisma, userOf(req).schoolId, paramId(req.params));
    if (!canView(userOf(req), factsOf(i))) throw new AppError('not_found', 'error.notFound.body');
    const parsed = upperDecisionForm.safeParse(req.body);
    if (!parsed.success) {
      flash(req, 'error', Object.values(fieldErrors(parsed.error))[0] ?? 'form.invalid');
      return res.redirect(`/initiatives/${i.id}?view=1`);
    }
    try {
      await recordUpperDecision(prisma, commandContext(req), i.id, parsed.data);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
      flash(req, 'error', error.userMessage ?? 'error.conflict.body');
      return res.redirect(`/initiatives/${i.id}?view=1`);
    }
    flash(req, 'success', 'initiatives.upperSaved');
    res.redirect(`/initiatives/${i.id}?view=1`);
  });
}
