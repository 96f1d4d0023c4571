// A nomination's page: everything the council weighs (verdict and reasons, justification, who decides and where it
// goes, the registration with its mid-year evidence) and its evidence files: uploaded through the upload guards
// while the nomination is proposed, removed only while it is a draft (on no ballot paper yet), downloaded by whoever
// sees the nomination (/files/:id, through the same where-builder).
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { singleUpload } from '../../http/upload.ts';
import { acceptUpload } from '../files/storeFile.ts';
import { addNominationEvidence } from './addNominationEvidence.ts';
import { whyNotAddEvidence, whyNotRemoveEvidence } from './nomination.policy.ts';
import { nominationDetail } from './nominationDetail.queries.ts';
import { removeNominationEvidence } from './removeNominationEvidence.ts';

/** Registers GET /nominations/:id and its evidence routes. */
export function registerNominationDetailRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const load = (req: Request) => nominationDetail(prisma, userOf(req), paramId(req.params));
  const render = async (req: Request, res: Response, status = 200, errors: Record<string, string> = {}) => {
    const n = await load(req);
    const may = { addEvidence: whyNotAddEvidence(userOf(req), n) === null, removeEvidence: whyNotRemoveEvidence(userOf(req), n) === null };
    res.status(status).render('nominations/show', { title: 'nominations.detailTitle', n, may, errors, maxMb: env.UPLOAD_MAX_MB });
  };

  router.get('/nominations/:id', requirePermission('nomination:propose'), async (req, res) => {
    await render(req, res);
  });

  router.post(
    '/nominations/:id/evidence',
    requirePermission('nomination:propose'),
    singleUpload(env, 'file', (req, res, refusal) => render(req, res, refusal.status, { file: refusal.message })),
    async (req, res) => {
      const n = await load(req);
      assertAllowed(whyNotAddEvidence(userOf(req), n));
      if (!req.file || req.file.size === 0) return render(req, res, 422, { file: 'files.noFile' });
      try {
        await addNominationEvidence(prisma, commandContext(req), n.id, { ...(await acceptUpload(req.file)), bytes: req.file.buffer });
      } catch (error) {
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        return render(req, res, 422, errors);
      }
      flash(req, 'success', 'files.uploaded');
      res.redirect(`/nominations/${n.id}#evidence`);
    },
  );

  router.post('/nominations/:id/evidence/:fileId/remove', requirePermission('nomination:propose'), async (req, res) => {
    const n = await load(req);
    const file = n.files.find((f) => f.id === paramId(req.params, 'fileId'));
    if (!file) throw new AppError('not_found', 'error.notFound.body');
    assertAllowed(whyNotRemoveEvidence(userOf(req), n));
    await removeNominationEvidence(prisma, commandContext(req), n.id, file.id);
    flash(req, 'success', 'nominations.evidenceRemoved');
    res.redirect(`/nominations/${n.id}#evidence`);
  });
}
