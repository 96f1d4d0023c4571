// Staff import/export: template, upload → preview (nothing written) → confirm (all or nothing), export.
import type { Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { nameForDetectedType } from '../files/storeFile.ts';
import { looksLikeZip } from '../history/import/historyResult.ts';
import { singleUpload, type UploadRefusal } from '../../http/upload.ts';
import { AppError } from '../../errors.ts';
import { assertAllowed, foundOr404 } from '../../http/refusals.ts';
import { visibleImportBatchesWhere } from '../imports/importBatch.queries.ts';
import { whyNotExport } from './staff.policy.ts';
import { visibleStaffWhere } from './staff.queries.ts';
import { buildStaffExport } from './import/buildStaffExport.ts';
import { buildStaffTemplate } from './import/buildStaffTemplate.ts';
import { applyStaffImport, previewStaffImport, storeStaffImport } from './staffImport.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Registers /staff/import… and /staff/export. */
export function registerStaffImportRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  router.get('/staff/import', requirePermission('directory:import'), (_req, res) => {
    res.render('staff/import', { title: 'import.title', errors: {} });
  });

  router.get('/staff/import/template', requirePermission('directory:import'), async (req, res) => {
    const collectives = await prisma.collective.findMany({ where: { schoolId: userOf(req).schoolId }, orderBy: { sortOrder: 'asc' }, select: { name: true } });
    res
      .attachment('mau-nhap-can-bo.xlsx')
      .type(XLSX)
      .send(await buildStaffTemplate(collectives.map((c) => c.name)));
  });

  const refusedUpload: UploadRefusal = (_req, res, refusal) =>
    res.status(refusal.status).render('staff/import', { title: 'import.title', errors: { file: refusal.message } });
  router.post('/staff/import', requirePermission('directory:import'), singleUpload(env, 'file', refusedUpload), async (req, res) => {
    const file = req.file;
    if (!file || file.size === 0) return res.status(422).render('staff/import', { title: 'import.title', errors: { file: 'import.noFile' } });
    const preview = await previewStaffImport(prisma, userOf(req).schoolId, file.buffer, req.now);
    if (preview.fileError) return res.status(422).render('staff/import', { title: 'import.title', errors: { file: preview.fileError } });
    // The content parsed as a workbook (or a CSV): a name saying otherwise (x.zip) is refused, and the stored name
    // ends in .xlsx (.csv).
    let fileName: string;
    try {
      fileName = nameForDetectedType(file.originalname, looksLikeZip(file.buffer) ? 'xlsx' : 'csv');
    } catch {
      return res.status(422).render('staff/import', { title: 'import.title', errors: { file: 'files.nameMismatch' } });
    }
    const id = await storeStaffImport(prisma, commandContext(req), fileName, file.buffer);
    res.redirect(`/staff/import/${id}`);
  });

  router.get('/staff/import/:id', requirePermission('directory:import'), async (req, res) => {
    const batch = foundOr404(
      await prisma.importBatch.findFirst({ where: { AND: [{ id: paramId(req.params) }, visibleImportBatchesWhere(userOf(req), 'staff')] } }),
    );
    const preview = batch.status === 'pending' ? await previewStaffImport(prisma, userOf(req).schoolId, batch.content, req.now) : null;
    res.render('staff/importPreview', { title: 'import.previewTitle', batch, preview });
  });

  router.post('/staff/import/:id/confirm', requirePermission('directory:import'), async (req, res) => {
    const { id } = foundOr404(
      await prisma.importBatch.findFirst({
        where: { AND: [{ id: paramId(req.params) }, visibleImportBatchesWhere(userOf(req), 'staff')] },
        select: { id: true },
      }),
    );
    try {
      const summary = await applyStaffImport(prisma, commandContext(req), id);
      flash(req, 'success', res.locals.t('import.applied', { created: summary.new, updated: summary.update, unchanged: summary.unchanged }));
      res.redirect('/staff');
    } catch (error) {
      if (error instanceof AppError && error.code === 'unprocessable') {
        flash(req, 'error', 'import.hasErrors');
        return res.redirect(`/staff/import/${id}`);
      }
      throw error;
    }
  });

  // The export carries personal data (birth dates, contracts): for those who import, not for every colleague.
  router.get('/staff/export', requirePermission('directory:import'), async (req, res) => {
    assertAllowed(whyNotExport(userOf(req)));
    const staff = await prisma.staff.findMany({
      where: visibleStaffWhere(userOf(req)),
      include: { collective: { select: { name: true } } },
      orderBy: { code: 'asc' },
    });
    const buffer = await buildStaffExport(staff.map((s) => ({ ...s, collectiveName: s.collective?.name ?? null })));
    res.attachment('danh-ba-can-bo.xlsx').type(XLSX).send(buffer);
  });
}
