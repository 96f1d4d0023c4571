// An exemplar's page: its story, photos and consent record, and the steps the managers take on it (record or
// withdraw the consent, publish, unpublish, add or remove a photo). Each POST: scoped load → policy → command →
// flash and redirect; a refused form re-renders the page with 422 and the message beside its field.
import type { Request, Response, Router } from 'express';
import type { Env } from '../../config/env.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { fieldErrorsOf } from '../../http/formErrors.ts';
import { fieldErrors, formValues } from '../../http/forms.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { assertAllowed } from '../../http/refusals.ts';
import { singleUpload } from '../../http/upload.ts';
import { acceptUpload } from '../files/storeFile.ts';
import { addExemplarPhoto } from './addExemplarPhoto.ts';
import { whyNotChangePhotos, whyNotEdit, whyNotPublish, whyNotRecordConsent, whyNotUnpublish, whyNotWithdrawConsent } from './exemplar.policy.ts';
import { findExemplar } from './exemplar.queries.ts';
import { consentForm } from './exemplar.schemas.ts';
import { paragraphsOf, subjectOf, yearLabel } from './exemplars.presenter.ts';
import { publishExemplar } from './publishExemplar.ts';
import { recordExemplarConsent } from './recordExemplarConsent.ts';
import { removeExemplarPhoto } from './removeExemplarPhoto.ts';
import { unpublishExemplar } from './unpublishExemplar.ts';
import { withdrawExemplarConsent } from './withdrawExemplarConsent.ts';

type Extra = { status?: number; values?: Record<string, unknown>; errors?: Record<string, string> };

/** Registers GET /exemplars/:id and its step routes. */
export function registerExemplarDetailRoutes(router: Router, prisma: PrismaClient, env: Env): void {
  const load = (req: Request) => findExemplar(prisma, userOf(req), paramId(req.params));
  const render = async (req: Request, res: Response, extra: Extra = {}) => {
    const user = userOf(req);
    const e = await load(req);
    const school = await prisma.school.findUniqueOrThrow({ where: { id: user.schoolId }, select: { code: true } });
    res.status(extra.status ?? 200).render('exemplars/show', {
      title: 'exemplars.detailTitle',
      e,
      subject: subjectOf(e),
      paragraphs: paragraphsOf(e.story),
      year: yearLabel(e.schoolYear.startYear),
      publicUrl: `/cong-khai/${encodeURIComponent(school.code)}/dien-hinh/${e.id}`,
      may: {
        edit: whyNotEdit(user, e) === null,
        consent: whyNotRecordConsent(user, e) === null,
        withdraw: whyNotWithdrawConsent(user, e) === null,
        publish: whyNotPublish(user, e) === null,
        unpublish: whyNotUnpublish(user, e) === null,
        photos: whyNotChangePhotos(user) === null,
      },
      whyNotPublish: whyNotPublish(user, e),
      maxMb: Math.min(env.UPLOAD_MAX_MB, 5),
      values: extra.values ?? {},
      errors: extra.errors ?? {},
    });
  };

  router.get('/exemplars/:id', requirePermission('exemplar:view'), async (req, res) => {
    await render(req, res);
  });

  router.post('/exemplars/:id/consent', requirePermission('exemplar:manage'), async (req, res) => {
    const e = await load(req);
    assertAllowed(whyNotRecordConsent(userOf(req), e));
    const parsed = consentForm.safeParse(req.body);
    if (!parsed.success) return render(req, res, { status: 422, values: formValues(req.body), errors: fieldErrors(parsed.error) });
    try {
      await recordExemplarConsent(prisma, commandContext(req), e.id, parsed.data);
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return render(req, res, { status: 422, values: formValues(req.body), errors });
    }
    flash(req, 'success', 'exemplars.consentRecorded');
    res.redirect(`/exemplars/${e.id}#consent`);
  });

  router.post('/exemplars/:id/consent/withdraw', requirePermission('exemplar:manage'), async (req, res) => {
    const e = await load(req);
    assertAllowed(whyNotWithdrawConsent(userOf(req), e));
    const { unpublished } = await withdrawExemplarConsent(prisma, commandContext(req), e.id);
    flash(req, 'success', unpublished ? 'exemplars.consentWithdrawnUnpublished' : 'exemplars.consentWithdrawn');
    res.redirect(`/exemplars/${e.id}#consent`);
  });

  router.post('/exemplars/:id/publish', requirePermission('exemplar:manage'), async (req, res) => {
    const e = await load(req);
    assertAllowed(whyNotPublish(userOf(req), e));
    await publishExemplar(prisma, commandContext(req), e.id);
    flash(req, 'success', 'exemplars.published');
    res.redirect(`/exemplars/${e.id}`);
  });

  router.post('/exemplars/:id/unpublish', requirePermission('exemplar:manage'), async (req, res) => {
    const e = await load(req);
    assertAllowed(whyNotUnpublish(userOf(req), e));
    await unpublishExemplar(prisma, commandContext(req), e.id);
    flash(req, 'success', 'exemplars.unpublished');
    res.redirect(`/exemplars/${e.id}`);
  });

  router.post(
    '/exemplars/:id/photos',
    requirePermission('exemplar:manage'),
    singleUpload(env, 'file', (req, res, refusal) => render(req, res, { status: refusal.status, errors: { file: refusal.message } })),
    async (req, res) => {
      const e = await load(req);
      assertAllowed(whyNotChangePhotos(userOf(req)));
      if (!req.file || req.file.size === 0) return render(req, res, { status: 422, errors: { file: 'files.noFile' } });
      try {
        await addExemplarPhoto(prisma, commandContext(req), e.id, { ...(await acceptUpload(req.file)), bytes: req.file.buffer });
      } catch (error) {
        const errors = fieldErrorsOf(error);
        if (!errors) throw error;
        return render(req, res, { status: 422, errors });
      }
      flash(req, 'success', 'exemplars.photoAdded');
      res.redirect(`/exemplars/${e.id}#photos`);
    },
  );

  router.post('/exemplars/:id/photos/:fileId/remove', requirePermission('exemplar:manage'), async (req, res) => {
    const e = await load(req);
    assertAllowed(whyNotChangePhotos(userOf(req)));
    const photo = e.photos.find((p) => p.id === paramId(req.params, 'fileId'));
    if (!photo) throw new AppError('not_found', 'error.notFound.body');
    await removeExemplarPhoto(prisma, commandContext(req), e.id, photo.id);
    flash(req, 'success', 'exemplars.photoRemoved');
    res.redirect(`/exemplars/${e.id}#photos`);
  });
}
