// History import: templates (XLSX, CSV), upload → preview with row errors and what would change → confirm.
import type { Request, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { foundOr404 } from '../../http/refusals.ts';
import { visibleImportBatchesWhere } from '../imports/importBatch.queries.ts';
import { singleUpload, type UploadRefusal } from '../../http/upload.ts';
import { nameForDetectedType } from '../files/storeFile.ts';
import { looksLikeZip } from './import/historyResult.ts';
import { applyHistoryImport } from './applyHistoryImport.ts';
import { confirmHistoryImport } from './confirmHistoryImport.ts';
import { parseHistoryForSchool, storeHistoryUpload } from './historyImport.ts';
import { buildHistoryTemplate } from './import/buildHistoryTemplate.ts';
import { historyTemplateCsv } from './import/historyTemplateCsv.ts';

const KINDS = ['staffYears', 'awards', 'disciplines', 'pending', 'initiatives', 'research', 'collectiveYears', 'coverage', 'schoolYears'] as const;

/** Registers /history routes. */
export function registerHistoryRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const findBatch = async (req: Request) => {
    return foundOr404(await prisma.importBatch.findFirst({ where: { AND: [{ id: paramId(req.params) }, visibleImportBatchesWhere(userOf(req), 'history')] } }));
  };

  router.get('/history/import', requirePermission('history:import'), (_req, res) => res.render('history/import', { title: 'history.title', errors: {} }));
  router.get('/history/import/template.xlsx', requirePermission('history:import'), async (_req, res) => {
    res
      .attachment('mau-nhap-qua-trinh-thi-dua.xlsx')
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await buildHistoryTemplate());
  });
  router.get('/history/import/template.csv', requirePermission('history:import'), (_req, res) => {
    res.attachment('mau-nhap-qua-trinh-thi-dua.csv').type('text/csv; charset=utf-8').send(historyTemplateCsv()); // the template carries its own BOM
  });

  const refusedUpload: UploadRefusal = (_req, res, refusal) =>
    res.status(refusal.status).render('history/import', { title: 'history.title', errors: { file: refusal.message } });
  router.post('/history/import', requirePermission('history:import'), singleUpload(env, 'file', refusedUpload), async (req, res) => {
    if (!req.file || req.file.size === 0) return res.status(422).render('history/import', { title: 'history.title', errors: { file: 'import.noFile' } });
    // A workbook must be named .xlsx and a text file .csv: a name saying another type (x.zip, x.pdf) is refused.
    let fileName: string;
    try {
      fileName = nameForDetectedType(req.file.originalname, looksLikeZip(req.file.buffer) ? 'xlsx' : 'csv');
    } catch {
      return res.status(422).render('history/import', { title: 'history.title', errors: { file: 'files.nameMismatch' } });
    }
    const parsed = await parseHistoryForSchool(prisma, userOf(req).schoolId, req.file.buffer, fileName);
    if (parsed.fileError) return res.status(422).render('history/import', { title: 'history.title', errors: { file: parsed.fileError } });
    res.redirect(`/history/import/${await storeHistoryUpload(prisma, commandContext(req), fileName, req.file.buffer)}`);
  });

  router.get('/history/import/:id', requirePermission('history:import'), async (req, res) => {
    const batch = await findBatch(req);
    const parsed = batch.status === 'pending' ? await parseHistoryForSchool(prisma, userOf(req).schoolId, batch.content, batch.fileName) : null;
    const changes =
      parsed && !parsed.fileError && parsed.errors.length === 0
        ? await applyHistoryImport(prisma, commandContext(req), parsed.content, { dryRun: true })
        : null;
    res.render('history/preview', { title: 'history.previewTitle', batch, parsed, changes, kinds: KINDS });
  });

  router.post('/history/import/:id/confirm', requirePermission('history:import'), async (req, res) => {
    const batch = await findBatch(req);
    try {
      await confirmHistoryImport(prisma, { ctx: commandContext(req), batchId: batch.id });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'unprocessable')) throw error;
      flash(req, 'error', 'import.hasErrors');
      return res.redirect(`/history/import/${batch.id}`);
    }
    flash(req, 'success', 'history.applied');
    res.redirect('/eligibility');
  });
}
