// The document register (sổ văn bản đi): list by year, and take a number for a document made outside the app.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { vietnamIsoDate, vietnamYear } from '../../domain/calendarDay.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { commandContext } from '../../http/commandContext.ts';
import { AppError } from '../../errors.ts';
import { flash } from '../../http/flash.ts';
import { paramId } from '../../http/params.ts';
import { fieldErrors, formText, formValues } from '../../http/forms.ts';
import { formString, requiredDate, requiredText } from '../../http/formFields.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPES } from './documentTypes.ts';
import { renderIssuedDocument } from './renderIssuedDocument.ts';
import { takeRegisterNumber } from './takeRegisterNumber.ts';

const issueForm = z.object({
  type: formString.pipe(z.enum(DOCUMENT_TYPE_CODES as [string, ...string[]], { message: 'form.choose' })),
  title: requiredText(300),
  issuedOn: requiredDate,
});

/** Registers /register routes. */
export function registerRegisterRoutes(router: Router, prisma: PrismaClient): void {
  const render = async (req: Request, res: Response, o: { values?: Record<string, unknown>; errors?: Record<string, string>; status?: number } = {}) => {
    const asked = formText(req.query.year);
    const year = /^\d{4}$/.test(asked) ? Number(asked) : vietnamYear(req.now);
    const documents = await prisma.issuedDocument.findMany({ where: { schoolId: userOf(req).schoolId, year }, orderBy: [{ type: 'asc' }, { number: 'desc' }] });
    res.status(o.status ?? 200).render('register/index', {
      title: 'register.title',
      year,
      documents,
      types: DOCUMENT_TYPES,
      values: o.values ?? { type: 'KH', title: '', issuedOn: vietnamIsoDate(req.now) },
      errors: o.errors ?? {},
    });
  };

  router.get('/register', requirePermission('register:view'), (req, res) => render(req, res));

  router.post('/register', requirePermission('register:issue'), async (req, res) => {
    const parsed = issueForm.safeParse(req.body);
    if (!parsed.success) return render(req, res, { values: formValues(req.body), errors: fieldErrors(parsed.error), status: 422 });
    const doc = await takeRegisterNumber(prisma, { ctx: commandContext(req), ...parsed.data });
    if (req.accepts(['html', 'json']) === 'json') return res.status(201).json({ symbol: doc.symbol, number: doc.number });
    flash(req, 'success', res.locals.t('register.issued', { symbol: doc.symbol }));
    res.redirect(`/register?year=${doc.year}`);
  });

  // An issued document is downloaded as it was issued (its snapshot), whatever changed in the live data since.
  const download = (format: 'pdf' | 'docx') => async (req: Request, res: Response) => {
    const doc = await prisma.issuedDocument.findFirst({ where: { id: paramId(req.params), schoolId: userOf(req).schoolId } });
    if (!doc) throw new AppError('not_found', 'error.notFound.body');
    const { bytes, contentType } = await renderIssuedDocument(doc, format);
    res
      .attachment(`${doc.symbol.replace(/[^\p{L}\p{N}-]+/gu, '-')}.${format}`)
      .type(contentType)
      .send(bytes);
  };
  router.get('/register/:id/pdf', requirePermission('register:view'), download('pdf'));
  router.get('/register/:id/docx', requirePermission('register:view'), download('docx'));
}
