// The school's public page (issue 15 §4), safe to link from the school's portal: no login, and no session — these
// handlers never write req.session, so an anonymous visit stores no session row and sets no session cookie (as the
// posting's /p/:token). It shows only what publicExemplars.queries.ts lets out: published exemplars whose consent
// stands, their photos, issued award decisions (names and titles) and published contest results (names, titles of
// the awarded entries and prizes: publicContests.queries.ts). Everything else is 404, the same answer as
// an address that does not exist. Reads are limited per client address (publicRateLimit.ts).
import type { Request, Response, Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { publicGate } from '../../http/gates.ts';
import { listPublicContestResults } from '../contests/publicContests.queries.ts';
import { paramId } from '../../http/params.ts';
import { excerptOf, paragraphsOf, subjectOf, yearLabel } from './exemplars.presenter.ts';
import { schoolCodeParam } from './exemplar.schemas.ts';
import { findPublicExemplar, findPublicPhoto, findPublicSchool, listPublicDecisions, listPublicExemplars } from './publicExemplars.queries.ts';
import { publicRateLimit } from './publicRateLimit.ts';

function codeOf(req: Request): string {
  const parsed = schoolCodeParam.safeParse(req.params.school);
  if (!parsed.success) throw new AppError('not_found', 'error.notFound.body');
  return parsed.data;
}

function publicHeaders(res: Response): void {
  res.set('Referrer-Policy', 'no-referrer');
  res.set('Cache-Control', 'no-cache'); // an exemplar taken down must not linger in a shared cache
}

/** Registers /cong-khai/:school, its exemplar pages and its photos (gate: public). */
export function registerPublicPageRoutes(router: Router, prisma: PrismaClient, limit = publicRateLimit()): void {
  router.get('/cong-khai/:school', publicGate, limit, async (req, res) => {
    const school = await findPublicSchool(prisma, codeOf(req));
    const [exemplars, decisions, contests] = await Promise.all([
      listPublicExemplars(prisma, school.id),
      listPublicDecisions(prisma, school.id),
      listPublicContestResults(prisma, school.id),
    ]);
    publicHeaders(res);
    res.render('public/school', {
      title: 'public.title',
      bare: true,
      school,
      base: `/cong-khai/${encodeURIComponent(school.code)}`,
      exemplars: exemplars.map((e) => ({ ...e, subject: subjectOf(e), excerpt: excerptOf(e.story), year: yearLabel(e.schoolYear.startYear) })),
      decisions: decisions.map((d) => ({ ...d, year: yearLabel(d.startYear) })),
      contests: contests.map((c) => ({ ...c, year: yearLabel(c.startYear) })),
    });
  });

  router.get('/cong-khai/:school/dien-hinh/:id', publicGate, limit, async (req, res) => {
    const school = await findPublicSchool(prisma, codeOf(req));
    const e = await findPublicExemplar(prisma, school.id, paramId(req.params));
    publicHeaders(res);
    res.render('public/exemplar', {
      title: 'public.title',
      bare: true,
      school,
      base: `/cong-khai/${encodeURIComponent(school.code)}`,
      e: { ...e, subject: subjectOf(e), paragraphs: paragraphsOf(e.story), year: yearLabel(e.schoolYear.startYear) },
    });
  });

  router.get('/cong-khai/:school/anh/:fileId', publicGate, limit, async (req, res) => {
    const school = await findPublicSchool(prisma, codeOf(req));
    const photo = await findPublicPhoto(prisma, school.id, paramId(req.params, 'fileId'));
    publicHeaders(res);
    res.set('X-Content-Type-Options', 'nosniff');
    res.set('Content-Disposition', 'inline');
    res.type(photo.mimeType).send(Buffer.from(photo.content));
  });
}
