// The signed-in person's notifications: list, mark one or all as read.
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { paramId } from '../../http/params.ts';
import { safeNextPath } from '../auth/auth.schemas.ts';
import { ownNotificationsWhere } from './notification.queries.ts';

/** Registers /notifications routes. */
export function registerNotificationRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/notifications', requirePermission('notification:read-own'), async (req, res) => {
    const items = await prisma.notification.findMany({ where: ownNotificationsWhere(userOf(req)), orderBy: { createdAt: 'desc' }, take: 100 });
    res.render('notifications/index', { title: 'notifications.title', items });
  });

  router.post('/notifications/:id/read', requirePermission('notification:read-own'), async (req, res) => {
    const id = paramId(req.params);
    const n = await prisma.notification.findFirst({ where: { AND: [{ id }, ownNotificationsWhere(userOf(req))] } });
    // Reading one's own notification is not an audited state change (it only concerns the reader).
    if (n && !n.readAt) await prisma.notification.update({ where: { id }, data: { readAt: req.now } });
    res.redirect(n?.link ? safeNextPath(n.link) : '/notifications');
  });

  router.post('/notifications/read-all', requirePermission('notification:read-own'), async (req, res) => {
    await prisma.notification.updateMany({ where: { ...ownNotificationsWhere(userOf(req)), readAt: null }, data: { readAt: req.now } });
    res.redirect('/notifications');
  });
}

/** Middleware: the unread count shown in the header, counted with the account itself (loadCurrentUser). */
export function unreadCountLocals(req: Express.Request, res: { locals: Record<string, unknown> }, next: () => void): void {
  res.locals.unreadCount = req.user?.unreadCount ?? 0;
  next();
}
