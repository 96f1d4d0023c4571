// The register of approved registrations: on screen, and as PDF / DOCX (numbered in the document register) and XLSX.
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { renderDocx } from '../../documents/docx/renderDocx.ts';
import { renderPdf } from '../../documents/pdf/renderPdf.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { requirePermission } from '../../http/gates.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { whyNotIssueRegister } from './registration.policy.ts';
import { translator, type MessageKey } from '../../i18n/index.ts';
import { COUNCIL_ISSUER_CODE } from '../register/documentTypes.ts';
import { issueDocumentNumber } from '../register/issueDocumentNumber.ts';
import { usersWithRole } from '../calendar/recipients.ts';
import { vietnamDay, vietnamDayParts } from '../../domain/calendarDay.ts';
import { loadRegistrationSummary } from './registrationSummary.ts';
import { summaryDocument, summaryXlsx } from './summaryDocument.ts';

const vi = translator('vi');
const names = (code: string) => vi(`award.${code}` as MessageKey);

/** Registers /registrations/summary routes. */
export function registerRegistrationSummaryRoutes(router: Router, prisma: PrismaClient): void {
  const load = (req: Request) => {
    if (!req.user!.schoolYear) throw new AppError('not_found', 'error.notFound.body');
    return loadRegistrationSummary(prisma, req.user!.schoolId, req.user!.schoolYear.id);
  };

  router.get('/registrations/summary', requirePermission('records:view-all'), async (req, res) => {
    res.render('registrations/summary', { title: 'registrations.summaryTitle', s: await load(req), names });
  });

  router.get('/registrations/summary.xlsx', requirePermission('records:view-all'), async (req, res) => {
    const s = await load(req);
    res
      .attachment(`dang-ky-thi-dua-${s.startYear}-${s.startYear + 1}.xlsx`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await summaryXlsx(s, names));
  });

  // Issuing the document takes a number in the register, so it is a POST (state change) answered with the file.
  const issue = (format: 'pdf' | 'docx') => async (req: Request, res: Response) => {
    const s = await load(req);
    assertAllowed(whyNotIssueRegister(req.user!, Object.keys(s.totals).length + s.collectiveRows.length));
    const school = await prisma.school.findUniqueOrThrow({ where: { id: req.user!.schoolId } });
    const chairs = await usersWithRole(prisma, school.id, 'chair', vietnamDay(req.now));
    const chair = chairs[0] ? await prisma.user.findUnique({ where: { id: chairs[0] } }) : null;
    const ctx = commandContext(req);
    const schoolYearId = req.user!.schoolYear!.id;
    // The register of a school year is numbered once: later downloads (PDF or DOCX) reuse its number and date.
    const doc = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`summary:${schoolYearId}`}))`;
      const existing = await tx.issuedDocument.findFirst({ where: { schoolId: school.id, subject: 'RegistrationSummary', subjectId: schoolYearId } });
      return (
        existing ??
        issueDocumentNumber(tx, ctx, {
          type: 'BC',
          title: `Bảng tổng hợp đăng ký thi đua năm học ${s.startYear}-${s.startYear + 1}`,
          issuedOn: vietnamDay(req.now),
          issuerCode: COUNCIL_ISSUER_CODE,
          subject: 'RegistrationSummary',
          subjectId: schoolYearId,
        })
      );
    });
    const document = summaryDocument(s, {
      names,
      school,
      symbol: doc.symbol,
      date: vietnamDayParts(doc.issuedOn),
      chairName: chair?.displayName ?? '',
    });
    const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
    res
      .attachment(`bang-tong-hop-dang-ky-${s.startYear}.${format}`)
      .type(format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .send(bytes);
  };
  router.post('/registrations/summary.pdf', requirePermission('registration:review'), issue('pdf'));
  router.post('/registrations/summary.docx', requirePermission('registration:review'), issue('docx'));
}
