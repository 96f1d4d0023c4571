// The private iCal address of the council calendar: made, replaced or revoked by its user on the calendar page, read
// by calendar apps without a session (the token in the address is the credential; only its hash is stored).
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import { commandContext } from '../../http/commandContext.ts';
import { flash } from '../../http/flash.ts';
import { publicGate, requirePermission, userOf } from '../../http/gates.ts';
import { translator } from '../../i18n/index.ts';
import { loadCurrentUser } from '../auth/currentUser.ts';
import { calendarFeed } from './calendarFeed.ts';
import { feedTokenHash, issueCalendarFeed, revokeCalendarFeed } from './issueCalendarFeed.ts';

const YEAR_MS = 365 * 86_400_000;
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/** Registers /calendar/feed (manage) and /lich/:file (the feed itself). */
export function registerCalendarFeedRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/calendar/feed', requirePermission('plan:view'), async (req, res) => {
    const feed = await prisma.calendarFeed.findUnique({ where: { userId: userOf(req).id }, select: { createdAt: true } });
    res.render('calendar/feed', { title: 'calendar.feedTitle', feed, address: null });
  });

  router.post('/calendar/feed', requirePermission('plan:view'), async (req, res) => {
    const token = await issueCalendarFeed(prisma, commandContext(req), userOf(req).id);
    // Shown once, on this page: the address is never stored, put in the session or logged.
    res.setHeader('Cache-Control', 'no-store');
    res.render('calendar/feed', {
      title: 'calendar.feedTitle',
      feed: { createdAt: req.now },
      address: `${req.protocol}://${req.get('host') ?? 'localhost'}/lich/${token}.ics`,
    });
  });

  router.post('/calendar/feed/revoke', requirePermission('plan:view'), async (req, res) => {
    await revokeCalendarFeed(prisma, commandContext(req), userOf(req).id);
    flash(req, 'success', 'calendar.feedRevoked');
    res.redirect('/calendar/feed');
  });

  router.get('/lich/:file', publicGate, async (req, res) => {
    const token = FEED_FILE.exec(String(req.params.file))?.[1];
    const feed = token ? await prisma.calendarFeed.findUnique({ where: { tokenHash: feedTokenHash(token) }, select: { userId: true } }) : null;
    // A disabled account's address stops working with it; a revoked or unknown token is just "not found".
    const user = feed ? await loadCurrentUser(prisma, feed.userId, req.now) : null;
    if (!user?.permissions.has('plan:view')) throw new AppError('not_found', 'error.notFound.body');
    const [school, milestones] = await Promise.all([
      prisma.school.findUniqueOrThrow({ where: { id: user.schoolId }, select: { name: true } }),
      prisma.milestone.findMany({
        where: { schoolId: user.schoolId, dueOn: { gte: new Date(req.now.getTime() - YEAR_MS) } },
        orderBy: [{ dueOn: 'asc' }, { title: 'asc' }],
        select: { id: true, title: true, kind: true, startsOn: true, dueOn: true, doneAt: true, ownerRole: true, createdAt: true },
      }),
    ]);
    const text = calendarFeed(translator(user.locale), {
      schoolName: school.name,
      milestones,
      ownRoles: new Set(user.roles),
    });
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=900');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(text);
  });
}
