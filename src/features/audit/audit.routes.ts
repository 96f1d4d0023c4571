// The audit trail, for administrators and the chair: filter by kind of action, object, person and dates (dd/mm/yyyy,
// Vietnam days); 50 per page, each event as a sentence with its object's name (issue 15 §6).
import type { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { optionalDate } from '../../http/formFields.ts';
import { foldForSearch } from '../../domain/text.ts';
import { AUDIT_ACTION_GROUPS, AUDIT_SUBJECTS, auditEventsWhere, vietnamDayRange } from './audit.queries.ts';
import { loadSubjectNames } from './auditNames.queries.ts';
import { idsInDetails, presentAuditEvent } from './audit.presenter.ts';

const PAGE_SIZE = 50;
const text = (max: number) => z.string().max(max).optional().catch('').default('');
const auditQuery = z.object({
  action: z.enum(AUDIT_ACTION_GROUPS).optional().catch(undefined),
  subject: z.enum(AUDIT_SUBJECTS).optional().catch(undefined),
  actor: text(100),
  from: text(20),
  to: text(20),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1).default(1),
});

/** A typed filter date, or the message key of why it is not one. */
function filterDate(raw: string): { date: Date | null; error?: string } {
  const parsed = optionalDate.safeParse(raw);
  return parsed.success ? { date: parsed.data } : { date: null, error: parsed.error.issues[0]?.message ?? 'audit.badDate' };
}

/** Registers /audit. */
export function registerAuditRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/audit', requirePermission('audit:view'), async (req, res) => {
    const user = userOf(req);
    const f = auditQuery.parse(req.query);
    const from = filterDate(f.from);
    const to = filterDate(f.to);
    const where = auditEventsWhere(user, {
      group: f.action,
      subject: f.subject,
      actor: f.actor ? foldForSearch(f.actor) : '',
      at: vietnamDayRange(from.date, to.date),
    });
    const [events, total] = await Promise.all([
      prisma.auditEvent.findMany({
        where,
        orderBy: { id: 'desc' },
        skip: (f.page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        include: { actor: { select: { id: true, displayName: true } } },
      }),
      prisma.auditEvent.count({ where }),
    ]);
    const names = await loadSubjectNames(prisma, user.schoolId, [...events, ...idsInDetails(events)]);
    const actors = new Map(events.flatMap((e) => (e.actor ? [[e.actor.id, e.actor.displayName] as const] : [])));
    const idNames = new Map([...names].map(([k, v]) => [k.slice(k.indexOf(':') + 1), v]));
    res.render('audit/index', {
      title: 'audit.title',
      filters: { action: f.action ?? '', subject: f.subject ?? '', actor: f.actor, from: f.from, to: f.to },
      errors: { ...(from.error ? { from: from.error } : {}), ...(to.error ? { to: to.error } : {}) },
      groups: AUDIT_ACTION_GROUPS,
      subjects: AUDIT_SUBJECTS,
      events: events.map((e) => presentAuditEvent(res.locals.t, e, actors, new Map([...idNames, ...names]))),
      page: f.page,
      pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      total,
    });
  });
}
