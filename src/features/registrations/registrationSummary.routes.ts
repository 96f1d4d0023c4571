// The register of approved registrations: on screen, and as PDF / DOCX (numbered in the document register) and XLSX.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { whyNotIssueRegister } from './registration.policy.ts';
import { translator, type MessageKey } from '../../i18n/index.ts';
import { flash } from '../../http/flash.ts';
import { renderIssuedDocument } from '../register/renderIssuedDocument.ts';
import { issueRegistrationSummary, SUMMARY_SUBJECT } from './issueRegistrationSummary.ts';
import { loadRegistrationSummary } from './registrationSummary.ts';
import { summaryXlsx } from './summaryDocument.ts';

const vi = translator('vi');
const names = (code: string) => vi(`award.${code}` as MessageKey);

/** Registers /registrations/summary routes. */
export function registerRegistrationSummaryRoutes(router: Router, prisma: PrismaClient): void {
  const currentYear = (req: Request) => {
    const { schoolYear } = userOf(req);
    if (!schoolYear) throw new AppError('not_found', 'error.notFound.body');
    return schoolYear;
  };
  const load = (req: Request) => loadRegistrationSummary(prisma, userOf(req).schoolId, currentYear(req).id);
  const approvedCount = async (req: Request) => {
    const s = await load(req);
    return Object.keys(s.totals).length + s.collectiveRows.length;
  };

  router.get('/registrations/summary', requirePermission('records:view-all'), async (req, res) => {
    const issued = await prisma.issuedDocument.findMany({
      where: { schoolId: userOf(req).schoolId, subject: SUMMARY_SUBJECT, subjectId: currentYear(req).id },
      orderBy: [{ issuedOn: 'desc' }, { number: 'desc' }],
      select: { id: true, symbol: true, issuedOn: true, snapshot: true },
    });
    const versions = issued.map((d) => ({ id: d.id, symbol: d.symbol, issuedOn: d.issuedOn, downloadable: d.snapshot !== null }));
    res.render('registrations/summary', { title: 'registrations.summaryTitle', s: await load(req), names, versions });
  });

  router.get('/registrations/summary.xlsx', requirePermission('records:view-all'), async (req, res) => {
    const s = await load(req);
    res
      .attachment(`dang-ky-thi-dua-${s.startYear}-${s.startYear + 1}.xlsx`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await summaryXlsx(s, names));
  });

  // Issuing the document takes a number in the register, so it is a POST (state change) answered with the file. The
  // file is always rendered from the issued snapshot: downloading it again gives the same document.
  const issue = (format: 'pdf' | 'docx') => async (req: Request, res: Response) => {
    // The first issue needs approved registrations; later downloads return the issued document whatever changed.
    const issuedBefore = await prisma.issuedDocument.count({
      where: { schoolId: userOf(req).schoolId, subject: SUMMARY_SUBJECT, subjectId: currentYear(req).id },
    });
    if (!issuedBefore) assertAllowed(whyNotIssueRegister(userOf(req), await approvedCount(req)));
    const doc = await issueRegistrationSummary(prisma, { ctx: commandContext(req), schoolYearId: currentYear(req).id, newVersion: false });
    const { bytes, contentType } = await renderIssuedDocument(doc, format);
    res
      .attachment(`bang-tong-hop-dang-ky-${currentYear(req).startYear}-${doc.number}.${format}`)
      .type(contentType)
      .send(bytes);
  };
  router.post('/registrations/summary.pdf', requirePermission('registration:review'), issue('pdf'));
  router.post('/registrations/summary.docx', requirePermission('registration:review'), issue('docx'));

  router.post('/registrations/summary/new-version', requirePermission('registration:review'), async (req, res) => {
    assertAllowed(whyNotIssueRegister(userOf(req), await approvedCount(req)));
    const doc = await issueRegistrationSummary(prisma, { ctx: commandContext(req), schoolYearId: currentYear(req).id, newVersion: true });
    flash(req, 'success', res.locals.t('registrations.summaryIssued', { symbol: doc.symbol }));
    res.redirect('/registrations/summary');
  });
}
