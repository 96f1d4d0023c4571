// The audit trail, for administrators and the chair: filter by action, subject, actor and dates; 50 per page.
import type { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { optionalDate } from '../../http/formFields.ts';
import { visibleAuditEventsWhere } from './audit.queries.ts';

const PAGE_SIZE = 50;
const auditQuery = z.object({
  action: z.string().max(100).optional().default(''),
  subject: z.string().max(100).optional().default(''),
  actor: z.string().max(100).optional().default(''),
  from: optionalDate.optional().catch(null),
  to: optionalDate.optional().catch(null),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1).default(1),
});

/** Registers /audit. */
export function registerAuditRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/audit', requirePermission('audit:view'), async (req, res) => {
    const parsed = auditQuery.safeParse(req.query);
    const f = parsed.success ? parsed.data : auditQuery.parse({});
    const actorIds = f.actor
      ? (await prisma.user.findMany({ where: { schoolId: userOf(req).schoolId, username: { contains: f.actor.toLowerCase() } }, select: { id: true } })).map(
          (u) => u.id,
        )
      : undefined;
    const where = {
      ...visibleAuditEventsWhere(userOf(req)),
      ...(f.action ? { action: { startsWith: f.action } } : {}),
      ...(f.subject ? { subject: f.subject } : {}),
      ...(actorIds ? { actorId: { in: actorIds } } : {}),
      ...(f.from || f.to ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: new Date(f.to.getTime() + 86_400_000) } : {}) } } : {}),
    };
    const [events, total] = await Promise.all([
      prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' }, skip: (f.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
      prisma.auditEvent.count({ where }),
    ]);
    const users = await prisma.user.findMany({
      where: { id: { in: [...new Set(events.map((e) => e.actorId).filter((x): x is string => Boolean(x)))] } },
      select: { id: true, username: true },
    });
    const names = new Map(users.map((u) => [u.id, u.username]));
    res.render('audit/index', {
      title: 'audit.title',
      filters: { ...f, from: req.query.from ?? '', to: req.query.to ?? '' },
      events: events.map((e) => ({ ...e, id: String(e.id), actor: e.actorId ? (names.get(e.actorId) ?? e.actorId) : 'system' })),
      page: f.page,
      pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      total,
    });
  });
}
